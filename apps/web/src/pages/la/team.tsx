import { ErrorSummary, Table } from '@casework/ui';
import { useQuery } from '@tanstack/react-query';

import { formErrors } from '../../app/form-errors';
import { useLaRole } from '../../app/la-role';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useMe } from '../../app/use-me';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { useCaseworkers } from './use-caseworkers';

/** A team manager's view of who holds what: open cases, overdue and due-soon dates per caseworker. */
export function TeamPage() {
  const me = useMe().data;
  const trpc = useTRPC();
  const { isTeamManager } = useLaRole();
  const team = useQuery(trpc.casework.team.queryOptions(undefined, { enabled: isTeamManager }));
  const caseworkers = useCaseworkers();
  const errors = formErrors(team.error);
  usePageTitle('Team', errors.hasErrors);
  if (!isTeamManager) return <NotFoundPage />;

  const rows = team.data ?? [];
  const unallocated = rows.find((r) => r.caseworkerId === null);
  // Caseworkers with no open cases are still on the team: show them with noughts.
  const people = [
    ...rows.filter((r) => r.caseworkerId !== null),
    ...(caseworkers.data ?? [])
      .filter((w) => !rows.some((r) => r.caseworkerId === w.id))
      .map((w) => ({ caseworkerId: w.id, name: w.name, open: 0, overdue: 0, dueSoon: 0 })),
  ].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const link = (caseworker: string, extra: string, n: number, what: string, name: string) =>
    n === 0 ? (
      '0'
    ) : (
      <RouterLink className="govuk-link" href={`/?caseworker=${caseworker}${extra}`}>
        {n}
        <span className="govuk-visually-hidden">
          {' '}
          {what} for {name}
        </span>
      </RouterLink>
    );

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">Team</h1>
      {team.isPending ? (
        <p className="govuk-body" aria-live="polite">
          Loading…
        </p>
      ) : (
        <>
          <p className="govuk-body-l" data-testid="unallocated">
            {unallocated && unallocated.open > 0 ? (
              <RouterLink className="govuk-link" href="/?caseworker=unallocated">
                {unallocated.open} open {unallocated.open === 1 ? 'case is' : 'cases are'} not allocated
              </RouterLink>
            ) : (
              'Every open case is allocated.'
            )}
            {unallocated && unallocated.overdue > 0 && (
              <> ({unallocated.overdue} with a statutory date overdue)</>
            )}
          </p>
          <Table
            caption="Open cases by caseworker"
            captionSize="m"
            firstCellIsHeader
            head={[
              'Caseworker',
              { content: 'Open cases', format: 'numeric' },
              { content: 'Overdue', format: 'numeric' },
              { content: 'Due within 10 days', format: 'numeric' },
            ]}
            rows={people.map((p) => ({
              key: p.caseworkerId ?? 'none',
              cells: [
                p.name,
                { content: link(p.caseworkerId ?? '', '', p.open, 'open cases', p.name), format: 'numeric' },
                {
                  content: link(p.caseworkerId ?? '', '&overdue=1', p.overdue, 'overdue cases', p.name),
                  format: 'numeric',
                },
                {
                  content: link(
                    p.caseworkerId ?? '',
                    '&due=10',
                    p.dueSoon,
                    'cases due within 10 days',
                    p.name,
                  ),
                  format: 'numeric',
                },
              ],
            }))}
          />
          <p className="govuk-body-s">
            Overdue and due counts are by each case’s next statutory date. Open cases are those received,
            waiting for more information, or being assessed.
          </p>
        </>
      )}
    </>
  );
}
