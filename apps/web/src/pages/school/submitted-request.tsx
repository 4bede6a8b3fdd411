import { canWithdraw, formatFileSize } from '@casework/domain';
import { Button, ButtonGroup, ButtonLink, ErrorSummary, SummaryList } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { formErrors } from '../../app/form-errors';
import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RequestStatusTag } from '../../app/status-tag';
import { useMe } from '../../app/use-me';
import { RequestAnswers } from '../../features/request-view/request-answers';
import { StatutoryDates } from '../../features/request-view/statutory-dates';
import { Timeline } from '../../features/request-view/timeline';
import { useTRPC } from '../../trpc';
import type { SchoolRequest } from './use-request';

/** A request that has gone to the LA: where it stands, what was sent, and what the school can still do. */
export function SubmittedRequest({ request }: { request: SchoolRequest }) {
  const me = useMe().data;
  const isSenco = me?.active?.role === 'senco';
  const trpc = useTRPC();
  const navigate = useNavigate();
  const startFrom = useMutation(trpc.requests.startFrom.mutationOptions({ onSuccess: (row) => navigate(`/requests/${row.id}`) }));
  const errors = formErrors(startFrom.error);
  usePageTitle(`Request ${request.reference ?? ''}`, errors.hasErrors);

  return (
    <>
      {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{request.childName}</span>
      <h1 className="govuk-heading-l">Request {request.reference}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <RequestStatusTag status={request.status} /> },
          { key: 'Local authority', value: request.la.name },
          { key: 'Reference', value: request.reference ?? '' },
          { key: 'Received by the LA', value: formatDate(request.receivedOn) },
          { key: 'Handled by', value: request.handledBy ?? 'Not yet allocated to a caseworker' },
          ...(request.withdrawalReason ? [{ key: 'Reason for withdrawing', value: request.withdrawalReason }] : []),
        ]}
      />
      {isSenco && (
        <ButtonGroup>
          {canWithdraw(request.status) && (
            <ButtonLink href={`/requests/${request.id}/withdraw`} variant="warning">
              Withdraw this request
            </ButtonLink>
          )}
          <Button type="button" variant="secondary" onClick={() => startFrom.mutate({ requestId: request.id })} isPending={startFrom.isPending}>
            Start a new request from this one
          </Button>
        </ButtonGroup>
      )}

      <StatutoryDates dates={request.statutoryDates} />

      <h2 className="govuk-heading-m">What has happened</h2>
      <Timeline events={request.events} />

      <h2 className="govuk-heading-m">Evidence sent</h2>
      {request.attachments.length === 0 ? (
        <p className="govuk-body">No files were attached.</p>
      ) : (
        <ul className="govuk-list">
          {request.attachments.map((a) => (
            <li key={a.id}>
              <a className="govuk-link" href={`/files/attachments/${a.id}`}>
                {a.fileName}
              </a>{' '}
              ({formatFileSize(a.sizeBytes)})
            </li>
          ))}
        </ul>
      )}

      <RequestAnswers templateVersion={request.templateVersion} answers={request.answers} />
    </>
  );
}
