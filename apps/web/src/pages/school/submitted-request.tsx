import { canWithdraw, formatFileSize } from '@casework/domain';
import {
  Button,
  ButtonGroup,
  ButtonLink,
  ErrorSummary,
  NotificationBanner,
  SummaryList,
  Textarea,
} from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { formErrors } from '../../app/form-errors';
import { formatDate, formatDateTime } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
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
  const startFrom = useMutation(
    trpc.requests.startFrom.mutationOptions({ onSuccess: (row) => navigate(`/requests/${row.id}`) }),
  );
  const [reply, setReply] = useState('');
  const [replied, setReplied] = useState(false);
  const queryClient = useQueryClient();
  const respond = useMutation(
    trpc.requests.respondToInformationRequest.mutationOptions({
      onSuccess: async () => {
        setReply('');
        setReplied(true);
        await queryClient.invalidateQueries(trpc.requests.pathFilter());
      },
    }),
  );
  const errors = formErrors(startFrom.error);
  const replyErrors = formErrors(respond.error, { message: 'reply' });
  usePageTitle(`Request ${request.reference ?? ''}`, errors.hasErrors || replyErrors.hasErrors);
  const asked =
    request.status === 'more_information_requested'
      ? request.events.filter((e) => e.kind === 'more_information_requested').at(-1)
      : undefined;
  const askedMessage = typeof asked?.detail.reason === 'string' ? asked.detail.reason : '';
  const submitReply = (e: FormEvent) => {
    e.preventDefault();
    setReplied(false);
    respond.mutate({ requestId: request.id, message: reply });
  };

  return (
    <>
      <ErrorSummary errors={[...errors.summary, ...replyErrors.summary]} />
      {replied && (
        <NotificationBanner type="success" heading={`Your reply has been sent to ${request.la.name}`}>
          <p className="govuk-body">The local authority will carry on considering the request.</p>
        </NotificationBanner>
      )}
      {asked && (
        <NotificationBanner title="Important" heading={`${request.la.name} has asked for more information`}>
          <p className="govuk-body app-pre-wrap">{askedMessage}</p>
          <p className="govuk-body govuk-!-font-size-16">
            Asked {asked.by ? `by ${asked.by} ` : ''}on {formatDateTime(asked.at)}. The local authority’s time
            limits keep running while it waits.
          </p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">{request.childName}</span>
      <h1 className="govuk-heading-l">Request {request.reference}</h1>
      {asked && isSenco && (
        <section aria-labelledby="reply-heading" className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id="reply-heading">
            Reply to {request.la.name}
          </h2>
          <p className="govuk-body">
            If they asked for documents,{' '}
            <RouterLink className="govuk-link" href={`/requests/${request.id}/evidence`}>
              add evidence
            </RouterLink>{' '}
            first, then send your reply.
          </p>
          <form onSubmit={submitReply} noValidate>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <Textarea
                  id="reply"
                  name="message"
                  label="Your reply"
                  labelSize="s"
                  hint="Say what you are sending or answer their questions."
                  characterLimit={5000}
                  countThreshold={75}
                  value={reply}
                  onChange={(e) => setReply(e.target.value)}
                  error={replyErrors.byField.message}
                />
                <Button type="submit" isPending={respond.isPending} preventDoubleClick>
                  Send reply
                </Button>
              </div>
            </div>
          </form>
        </section>
      )}
      <SummaryList
        rows={[
          { key: 'Status', value: <RequestStatusTag status={request.status} /> },
          { key: 'Local authority', value: request.la.name },
          { key: 'Reference', value: request.reference ?? '' },
          { key: 'Received by the LA', value: formatDate(request.receivedOn) },
          { key: 'Handled by', value: request.handledBy ?? 'Not yet allocated to a caseworker' },
          ...(request.withdrawalReason
            ? [{ key: 'Reason for withdrawing', value: request.withdrawalReason }]
            : []),
        ]}
      />
      {isSenco && (
        <ButtonGroup>
          {canWithdraw(request.status) && (
            <ButtonLink href={`/requests/${request.id}/withdraw`} variant="warning">
              Withdraw this request
            </ButtonLink>
          )}
          <Button
            type="button"
            variant="secondary"
            onClick={() => startFrom.mutate({ requestId: request.id })}
            isPending={startFrom.isPending}
          >
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
