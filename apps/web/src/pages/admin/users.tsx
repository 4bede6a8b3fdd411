import { roleLabels, type Role } from '@casework/domain';
import { Button, ErrorSummary, NotificationBanner, Table, Tag } from '@casework/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { formErrors } from '../../app/form-errors';
import { IdleTimeoutForm } from './idle-timeout-form';
import { usePageTitle } from '../../app/page-title';
import { useTRPC } from '../../trpc';
import { formatDateTime } from '../../app/format';

/** An LA administrator's view of their staff: unlock accounts and end sessions. */
export function UsersPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.admin.users.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() });
  const unlock = useMutation(trpc.admin.unlockUser.mutationOptions({ onSuccess: refresh }));
  const endSessions = useMutation(trpc.admin.endUserSessions.mutationOptions({ onSuccess: refresh }));
  const errors = formErrors(unlock.error ?? endSessions.error ?? users.error);
  usePageTitle('Users', errors.hasErrors);

  return (
    <>
      {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
      {unlock.isSuccess && (
        <NotificationBanner type="success" role="alert" title="Success">
          <p className="govuk-notification-banner__heading">The account has been unlocked</p>
        </NotificationBanner>
      )}
      {endSessions.isSuccess && (
        <NotificationBanner type="success" role="alert" title="Success">
          <p className="govuk-notification-banner__heading">
            {endSessions.data.ended === 1
              ? '1 session was ended'
              : `${endSessions.data.ended} sessions were ended`}
          </p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Users</h1>
      <Table
        caption="People in your local authority"
        captionSize="m"
        head={[
          'Name',
          'Email address',
          'Role',
          'Last signed in',
          'Status',
          { content: <span className="govuk-visually-hidden">Actions</span> },
        ]}
        rows={(users.data ?? []).map((u) => ({
          key: u.id,
          cells: [
            u.displayName,
            u.email,
            u.roles.map((r) => roleLabels[r as Role] ?? r).join(', '),
            u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never',
            u.lockedAt ? <Tag colour="red">Locked</Tag> : <Tag colour="green">Active</Tag>,
            <div className="govuk-button-group govuk-!-margin-bottom-0">
              {u.lockedAt && (
                <Button
                  type="button"
                  className="govuk-!-margin-bottom-0"
                  onClick={() => unlock.mutate({ userId: u.id })}
                >
                  Unlock<span className="govuk-visually-hidden"> {u.displayName}</span>
                </Button>
              )}
              <Button
                type="button"
                variant="secondary"
                className="govuk-!-margin-bottom-0"
                onClick={() => endSessions.mutate({ userId: u.id })}
              >
                End sessions<span className="govuk-visually-hidden"> of {u.displayName}</span>
              </Button>
            </div>,
          ],
        }))}
      />
      <IdleTimeoutForm />
    </>
  );
}
