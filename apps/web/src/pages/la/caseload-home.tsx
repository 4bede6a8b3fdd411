import { Table } from '@casework/ui';
import { useQuery } from '@tanstack/react-query';

import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { RequestStatusTag } from '../../app/status-tag';
import { useMe } from '../../app/use-me';
import { useTRPC } from '../../trpc';

export function CaseloadHome() {
  const me = useMe().data;
  const trpc = useTRPC();
  const list = useQuery(trpc.caseload.list.queryOptions());
  usePageTitle('Caseload');
  const rows = list.data ?? [];
  return (
    <>
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">Caseload</h1>
      {list.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body" data-testid="caseload-empty">
          There are no cases to show.
        </p>
      ) : (
        <Table
          caption={`${rows.length} ${rows.length === 1 ? 'request' : 'requests'} received`}
          captionSize="m"
          head={['Reference', 'Child', 'School', 'Received', 'Status', { content: 'Weeks of 20', format: 'numeric' }, 'Next statutory date']}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              <RouterLink className="govuk-link app-nowrap" href={`/caseload/requests/${r.id}`}>
                {r.reference}
              </RouterLink>,
              r.childName ?? '',
              r.schoolName,
              <span className="app-nowrap">{formatDate(r.receivedOn)}</span>,
              <RequestStatusTag status={r.status} />,
              { content: r.weeksElapsed === null ? '–' : String(r.weeksElapsed), format: 'numeric' },
              r.nextDate ? (
                <>
                  <span className="app-nowrap">{formatDate(r.nextDate.dueOn)}</span>
                  <br />
                  <span className="govuk-hint govuk-!-font-size-16">{r.nextDate.label}</span>
                </>
              ) : (
                '–'
              ),
            ],
          }))}
        />
      )}
    </>
  );
}
