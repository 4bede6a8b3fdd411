import { formatFileSize, getRequestTemplate } from '@casework/domain';
import { Button, ErrorSummary, SummaryList, WarningText } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';

import { formErrors } from '../../app/form-errors';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { errorTargetId } from '../../features/request-form';
import { RequestAnswers } from '../../features/request-view/request-answers';
import { errorsOf, useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { useRequestFromRoute } from './use-request';

/** GOV.UK "check your answers": every problem linked to its field; sending is refused until none is left. */
export function CheckAnswersPage() {
  const { query, request } = useRequestFromRoute();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // One key per visit: a double click or a retry after losing the connection sends the same key,
  // and the server returns the first result instead of making a second request.
  const [submissionKey] = useState(() => crypto.randomUUID());
  const submit = useMutation(
    trpc.requests.submit.mutationOptions({
      onSuccess: async (result) => {
        await navigate(`/requests/${result.requestId}/sent`);
        await queryClient.invalidateQueries();
      },
      // The server checks again; show exactly what it found.
      onError: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.requests.byId.queryKey({ requestId: request?.id ?? '' }),
        }),
    }),
  );
  const submitErrors = formErrors(submit.error);
  const submitMessage =
    submitErrors.hasErrors && errorsOf(submit.error).fieldErrors.length === 0
      ? errorsOf(submit.error).message
      : null;
  const problems = request?.status === 'draft' ? request.problems : [];
  usePageTitle('Check your answers before sending', problems.length > 0 || submitErrors.hasErrors);
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  if (!request) return <NotFoundPage />;
  if (request.status !== 'draft') {
    return submit.isSuccess ? null : <Navigate to={`/requests/${request.id}`} replace />;
  }
  const template = getRequestTemplate(request.templateVersion);
  const base = `/requests/${request.id}`;
  const linkFor = (field: string) => {
    if (field === 'receivingLa') return `${base}/la`;
    const sectionId = field.split('.')[0] ?? '';
    return `${base}/sections/${sectionId}?check=1#${errorTargetId(template, field, request.answers)}`;
  };
  const allProblems = [...problems, ...(submitMessage ? [{ field: '', reason: submitMessage }] : [])];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {allProblems.length > 0 && (
          <ErrorSummary
            title="There is a problem"
            description="You need to fix these before you can send the request."
            errors={allProblems.map((p) =>
              p.field ? { href: linkFor(p.field), text: p.reason } : { text: p.reason },
            )}
          />
        )}
        <span className="govuk-caption-l">{request.childName ?? 'Request for an EHC needs assessment'}</span>
        <h1 className="govuk-heading-l">Check your answers before sending</h1>

        <h2 className="govuk-heading-m">Local authority</h2>
        <SummaryList
          rows={[
            {
              key: 'Receiving local authority',
              value: request.la.name,
              actions: [
                { href: `${base}/la`, text: 'Change', visuallyHiddenText: 'receiving local authority' },
              ],
            },
            {
              key: 'Evidence',
              value:
                request.attachments.length === 0
                  ? 'No files attached'
                  : request.attachments
                      .map((a) => `${a.fileName} (${formatFileSize(a.sizeBytes)})`)
                      .join(', '),
              actions: [{ href: `${base}/evidence`, text: 'Change', visuallyHiddenText: 'evidence' }],
            },
          ]}
        />

        <RequestAnswers
          templateVersion={request.templateVersion}
          answers={request.answers}
          changeHref={(sectionId, path) =>
            `${base}/sections/${sectionId}#${errorTargetId(template, path, request.answers)}`
          }
        />

        <h2 className="govuk-heading-m">Now send the request</h2>
        <p className="govuk-body">
          By sending this request you confirm that the family agree to it (or the young person, from 16) and
          that the information is correct to the best of your knowledge.
        </p>
        <WarningText>
          {request.la.name} receives the request as soon as you send it, and the legal time limits start
          today. You cannot change it afterwards.
        </WarningText>
        <Button
          type="button"
          preventDoubleClick
          isPending={submit.isPending}
          onClick={() => submit.mutate({ requestId: request.id, submissionKey })}
        >
          Send request
        </Button>
        <p className="govuk-body">
          <RouterLink className="govuk-link" href={base}>
            Back to the request
          </RouterLink>
        </p>
      </div>
    </div>
  );
}
