import { Button, ErrorSummary, Table, Tag } from '@casework/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { formErrors } from '../../app/form-errors';
import { formatDateTime } from '../../app/format';
import { useLaRole } from '../../app/la-role';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';

/** New requests, allocations and statutory dates due soon or overdue, for the signed-in person. */
export function NotificationsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const isLa = useLaRole().role !== null;
  const list = useQuery(trpc.notifications.list.queryOptions(undefined, { enabled: isLa }));
  const refresh = () => queryClient.invalidateQueries(trpc.notifications.pathFilter());
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));
  const markAllRead = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: refresh }));
  const errors = formErrors(list.error ?? markRead.error ?? markAllRead.error);
  usePageTitle('Notifications', errors.hasErrors);
  const items = list.data?.items ?? [];
  const unread = list.data?.unreadCount ?? 0;
  if (!isLa) return <NotFoundPage />;

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <h1 className="govuk-heading-l">Notifications</h1>
      {list.isPending ? (
        <p className="govuk-body" aria-live="polite">
          Loading…
        </p>
      ) : items.length === 0 ? (
        <p className="govuk-body">You have no notifications.</p>
      ) : (
        <>
          {unread > 0 && (
            <Button
              type="button"
              variant="secondary"
              onClick={() => markAllRead.mutate()}
              isPending={markAllRead.isPending}
            >
              Mark all as read
            </Button>
          )}
          <Table
            caption={`${unread} unread`}
            captionSize="m"
            head={[
              'Notification',
              'When',
              'Status',
              { content: <span className="govuk-visually-hidden">Action</span> },
            ]}
            rows={items.map((n) => ({
              key: n.id,
              cells: [
                n.requestId ? (
                  <RouterLink
                    className="govuk-link"
                    href={`/cases/${n.requestId}`}
                    onClick={() => !n.isRead && markRead.mutate({ notificationId: n.id })}
                  >
                    {n.title}
                  </RouterLink>
                ) : (
                  n.title
                ),
                <span className="app-nowrap">{formatDateTime(n.createdAt)}</span>,
                n.isRead ? <Tag colour="grey">Read</Tag> : <Tag colour="blue">New</Tag>,
                n.isRead ? (
                  ''
                ) : (
                  <button
                    type="button"
                    className="govuk-link app-link-button"
                    onClick={() => markRead.mutate({ notificationId: n.id })}
                  >
                    Mark as read<span className="govuk-visually-hidden"> ({n.title})</span>
                  </button>
                ),
              ],
            }))}
          />
        </>
      )}
    </>
  );
}
