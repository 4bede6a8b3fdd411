import { Table, Tag } from '@casework/ui';
import { useQuery } from '@tanstack/react-query';

import { formatDateTime } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useMe } from '../../app/use-me';
import { useTRPC } from '../../trpc';

/** A teacher's home: the sections their SENCO asked them to write. */
export function AssignedToMe() {
  const me = useMe().data;
  const trpc = useTRPC();
  const assigned = useQuery(trpc.requests.assignedToMe.queryOptions());
  usePageTitle('Sections to write');
  const rows = assigned.data ?? [];
  return (
    <>
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">Sections to write</h1>
      <p className="govuk-body">
        Your SENCO has asked you to write these parts of requests for EHC needs assessments.
      </p>
      {assigned.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">Nothing has been assigned to you.</p>
      ) : (
        <Table
          caption="Assigned to you"
          captionSize="m"
          head={['Child', 'Section', 'Asked on', 'Status']}
          rows={rows.map((r) => ({
            key: `${r.requestId}-${r.sectionId}`,
            cells: [
              r.childName ?? 'Name not given yet',
              r.status === 'draft' ? (
                <RouterLink className="govuk-link" href={`/requests/${r.requestId}/sections/${r.sectionId}`}>
                  {r.sectionTitle}
                </RouterLink>
              ) : (
                r.sectionTitle
              ),
              formatDateTime(r.assignedAt),
              r.status !== 'draft' ? (
                <Tag colour="grey">Sent to LA</Tag>
              ) : r.completedAt ? (
                <Tag colour="green">Done</Tag>
              ) : (
                <Tag colour="blue">To do</Tag>
              ),
            ],
          }))}
        />
      )}
    </>
  );
}
