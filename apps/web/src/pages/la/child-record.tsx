import { SummaryList, Table } from '@casework/ui';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { RequestStatusTag } from '../../app/status-tag';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';

/** The LA's record of one child: every request, decision and plan over the years. */
export function ChildRecordPage() {
  const { childId = '' } = useParams();
  const trpc = useTRPC();
  const record = useQuery(trpc.casework.childRecord.queryOptions({ childId }));
  usePageTitle(record.data ? `Child record – ${record.data.legalName}` : 'Child record');
  if (record.isPending) return <p className="govuk-body">Loading…</p>;
  const r = record.data;
  if (!r) return <NotFoundPage />;
  return (
    <>
      <span className="govuk-caption-l">Child record</span>
      <h1 className="govuk-heading-l">{r.legalName}</h1>
      <SummaryList
        rows={[
          { key: 'Date of birth', value: formatDate(r.dateOfBirth) },
          { key: 'UPN', value: r.upn ?? 'Not known' },
          { key: 'Postcode', value: r.postcode ?? 'Not known' },
          { key: 'Record made', value: formatDate(r.createdAt.slice(0, 10)) },
        ]}
      />
      <Table
        caption="Requests, decisions and plans"
        captionSize="m"
        head={['Reference', 'Received', 'From', 'Status', 'Decision whether to assess', 'Final plan issued']}
        rows={r.requests.map((q) => ({
          key: q.id,
          cells: [
            <RouterLink className="govuk-link app-nowrap" href={`/cases/${q.id}`}>
              {q.reference ?? 'No reference'}
            </RouterLink>,
            <span className="app-nowrap">{formatDate(q.receivedOn)}</span>,
            q.schoolName ?? 'Direct request',
            <RequestStatusTag status={q.status} />,
            q.decision
              ? `${q.decision === 'assess' ? 'Assess' : 'Not assess'}, ${formatDate(q.decisionOn)}`
              : 'Not yet',
            formatDate(q.finalPlanIssuedOn, 'Not issued'),
          ],
        }))}
      />
    </>
  );
}
