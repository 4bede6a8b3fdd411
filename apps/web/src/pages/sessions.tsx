import { Button, ErrorSummary, Table, Tag } from '@casework/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { formErrors } from '../app/form-errors';
import { formatDateTime } from '../app/format';
import { usePageTitle } from '../app/page-title';
import { RouterLink } from '../app/router-link';
import { useTRPC } from '../trpc';

/** A short, readable name for a browser from its user agent. */
function browserName(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser';
  const match = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(userAgent);
  const name = match?.[1] === 'Edg' ? 'Edge' : (match?.[1] ?? 'Unknown browser');
  const os =
    /Windows|Mac OS X|Linux|Android|iPhone|iPad/.exec(userAgent)?.[0]?.replace('Mac OS X', 'macOS') ?? '';
  return os ? `${name} on ${os}` : name;
}

export function SessionsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sessions = useQuery(trpc.session.list.queryOptions());
  const end = useMutation(
    trpc.session.end.mutationOptions({
      onSuccess: async (_data, variables) => {
        const wasCurrent = sessions.data?.find((s) => s.id === variables.sessionId)?.isCurrent;
        if (wasCurrent) {
          queryClient.clear();
          await navigate('/sign-in');
        } else {
          await queryClient.invalidateQueries({ queryKey: trpc.session.list.queryKey() });
        }
      },
    }),
  );
  const errors = formErrors(end.error);
  usePageTitle('Your sessions', errors.hasErrors);

  return (
    <>
      {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
      <h1 className="govuk-heading-l">Your sessions</h1>
      <p className="govuk-body">
        These are the browsers where you are signed in. If you do not recognise one, end it and change your
        password.
      </p>
      <p className="govuk-body">
        A session ends after 30 minutes without use (or your local authority’s setting) and always after 12
        hours.
      </p>
      {sessions.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : (
        <Table
          caption="Signed-in sessions"
          captionSize="m"
          head={[
            'Browser',
            'Signed in',
            'Last used',
            'IP address',
            { content: <span className="govuk-visually-hidden">Action</span> },
          ]}
          rows={(sessions.data ?? []).map((s) => ({
            key: s.id,
            cells: [
              <>
                {browserName(s.userAgent)} {s.isCurrent && <Tag colour="green">This browser</Tag>}
              </>,
              formatDateTime(s.createdAt),
              formatDateTime(s.lastSeenAt),
              s.ipAddress ?? 'Not known',
              <Button
                type="button"
                variant="secondary"
                className="govuk-!-margin-bottom-0"
                onClick={() => end.mutate({ sessionId: s.id })}
                isPending={end.isPending && end.variables.sessionId === s.id}
              >
                {s.isCurrent ? 'Sign out here' : 'End session'}
                <span className="govuk-visually-hidden"> in {browserName(s.userAgent)}</span>
              </Button>,
            ],
          }))}
        />
      )}
      <p className="govuk-body">
        <RouterLink className="govuk-link" href="/account/password">
          Change your password
        </RouterLink>{' '}
        (this ends every session).
      </p>
    </>
  );
}
