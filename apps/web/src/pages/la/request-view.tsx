import { formatFileSize } from '@casework/domain';
import { SummaryList } from '@casework/ui';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RequestStatusTag } from '../../app/status-tag';
import { RequestAnswers } from '../../features/request-view/request-answers';
import { StatutoryDates } from '../../features/request-view/statutory-dates';
import { Timeline } from '../../features/request-view/timeline';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';

/** A received request as the LA sees it: exactly what the school sent, and the legal clock. */
export function LaRequestPage() {
  const { requestId = '' } = useParams();
  const trpc = useTRPC();
  const detail = useQuery(trpc.caseload.requestById.queryOptions({ requestId }));
  usePageTitle(detail.data?.reference ? `Request ${detail.data.reference}` : 'Request');
  if (detail.isPending) return <p className="govuk-body">Loading…</p>;
  const r = detail.data;
  if (!r) return <NotFoundPage />;
  return (
    <>
      <span className="govuk-caption-l">{r.childName}</span>
      <h1 className="govuk-heading-l">Request {r.reference}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <RequestStatusTag status={r.status} /> },
          { key: 'Received', value: formatDate(r.receivedOn) },
          { key: 'From', value: r.school ? `${r.school.name} (URN ${r.school.urn})` : 'Unknown school' },
          { key: 'Sent by', value: r.submittedBy ?? 'Unknown' },
          ...(r.withdrawalReason ? [{ key: 'Reason for withdrawing', value: r.withdrawalReason }] : []),
        ]}
      />
      <StatutoryDates dates={r.statutoryDates} />
      <h2 className="govuk-heading-m">What has happened</h2>
      <Timeline events={r.events} />
      <h2 className="govuk-heading-m">Evidence</h2>
      {r.attachments.length === 0 ? (
        <p className="govuk-body">No files were attached.</p>
      ) : (
        <ul className="govuk-list">
          {r.attachments.map((a) => (
            <li key={a.id}>
              <a className="govuk-link" href={`/files/attachments/${a.id}`}>
                {a.fileName}
              </a>{' '}
              ({formatFileSize(a.sizeBytes)}
              {a.documentDate ? `, dated ${formatDate(a.documentDate)}` : ''})
            </li>
          ))}
        </ul>
      )}
      <RequestAnswers templateVersion={r.templateVersion} answers={r.answers} />
    </>
  );
}
