import { formatFileSize } from '@casework/domain';
import {
  ButtonLink,
  InsetText,
  NotificationBanner,
  SummaryList,
  TaskList,
  WarningText,
  type TaskStatus,
} from '@casework/ui';

import { formatDate, formatDateTime } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { RequestStatusTag } from '../../app/status-tag';
import { useMe } from '../../app/use-me';
import { NotFoundPage } from '../not-found';
import { SubmittedRequest } from './submitted-request';
import { useRequestFromRoute, type SchoolRequest } from './use-request';

export function RequestPage() {
  const { query, request } = useRequestFromRoute();
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  if (!request) return <NotFoundPage />;
  return request.status === 'draft' ? (
    <DraftRequest request={request} />
  ) : (
    <SubmittedRequest request={request} />
  );
}

function sectionTaskStatus(s: SchoolRequest['sections'][number]): TaskStatus {
  if (s.status === 'complete') return 'completed';
  if (s.status === 'in progress') return 'incomplete';
  return 'not-yet-started';
}

function sectionHint(s: SchoolRequest['sections'][number]) {
  const parts: string[] = [];
  if (s.assignedTo) parts.push(`Assigned to ${s.assignedTo.name}${s.completedAt ? ' (done)' : ''}`);
  if (s.lastEditedBy && s.lastEditedAt)
    parts.push(`Last changed by ${s.lastEditedBy}, ${formatDateTime(s.lastEditedAt)}`);
  return parts.length ? parts.join('. ') : undefined;
}

/** The SENCO's task list for a draft: where each section stands and who is writing it. */
function DraftRequest({ request }: { request: SchoolRequest }) {
  const me = useMe().data;
  const isSenco = me?.active?.role === 'senco';
  const complete = request.sections.filter((s) => s.status === 'complete').length;
  usePageTitle('Request for an EHC needs assessment');
  const base = `/requests/${request.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{request.childName ?? 'New request'}</span>
        <h1 className="govuk-heading-l">Request for an EHC needs assessment</h1>
        <p className="govuk-body">
          <RequestStatusTag status={request.status} /> Everything is saved as you type.
        </p>
        <p className="govuk-body">
          You have completed {complete} of {request.sections.length} sections.
        </p>

        <h2 className="govuk-heading-m">Local authority</h2>
        <SummaryList
          rows={[
            {
              key: 'Receiving local authority',
              value: (
                <>
                  {request.la.name}
                  {!request.la.isOnboarded && (
                    <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      {request.la.name} is not using Casework yet, so it cannot receive this request here.
                    </p>
                  )}
                  {!request.la.isChosen && (
                    <p className="govuk-hint govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      Follows the local authority the child lives in, which is responsible for the request.
                    </p>
                  )}
                </>
              ),
              actions: isSenco
                ? [{ href: `${base}/la`, text: 'Change', visuallyHiddenText: 'receiving local authority' }]
                : [],
            },
          ]}
        />
        {!request.la.isOnboarded && (
          <WarningText>
            Choose the local authority where the child lives. Only LAs using Casework can receive a request
            here.
          </WarningText>
        )}

        <h2 className="govuk-heading-m">Sections</h2>
        <TaskList
          idPrefix="sections"
          items={request.sections.map((s) => ({
            id: s.sectionId,
            title: s.title,
            href: `${base}/sections/${s.sectionId}`,
            hint: sectionHint(s),
            status: sectionTaskStatus(s),
          }))}
        />
        {isSenco && (
          <p className="govuk-body">
            <RouterLink className="govuk-link" href={`${base}/assign`}>
              Ask a teacher to write a section
            </RouterLink>
          </p>
        )}

        <h2 className="govuk-heading-m">Evidence</h2>
        {request.attachments.length === 0 ? (
          <p className="govuk-body">No files attached yet.</p>
        ) : (
          <ul className="govuk-list">
            {request.attachments.map((a) => (
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
        {isSenco && (
          <p className="govuk-body">
            <RouterLink className="govuk-link" href={`${base}/evidence`}>
              Add or remove files
            </RouterLink>
          </p>
        )}

        {isSenco && (
          <>
            <h2 className="govuk-heading-m">Send the request</h2>
            {request.problems.length > 0 ? (
              <InsetText>
                {request.problems.length === 1
                  ? 'There is 1 thing'
                  : `There are ${request.problems.length} things`}{' '}
                to finish before you can send the request.
              </InsetText>
            ) : (
              <InsetText>Everything needed is filled in.</InsetText>
            )}
            <ButtonLink href={`${base}/check`}>Check your answers and send</ButtonLink>
          </>
        )}
        {request.copiedFromId && (
          <NotificationBanner title="Important">
            <p className="govuk-body">
              This request was started from an earlier one. Check each section is still right, and record the
              family’s consent again.
            </p>
          </NotificationBanner>
        )}
      </div>
    </div>
  );
}
