import { MAX_ATTACHMENT_BYTES, formatFileSize } from '@casework/domain';
import { Button, ErrorSummary, FileUpload, Panel, SummaryList } from '@casework/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, type FormEvent } from 'react';
import { useParams } from 'react-router';

import { formatDate } from '../app/format';
import { usePageTitle } from '../app/page-title';
import { uploadErrors, uploadFile } from '../app/upload';
import { errorsOf, useTRPC } from '../trpc';

/**
 * Where an adviser without an account sends their advice, through the single-use link the LA
 * emailed them. They see only what they need to match it to their work.
 */
export function AdviceUploadPage() {
  const { token = '' } = useParams();
  const trpc = useTRPC();
  const fileInput = useRef<HTMLInputElement>(null);
  const send = useMutation({
    mutationFn: (form: FormData) =>
      uploadFile<{ fileName: string }>(`/files/advice/${encodeURIComponent(token)}`, form),
  });
  // Once used, the link no longer describes itself: stop asking as soon as the upload succeeds.
  const link = useQuery(
    trpc.adviceLink.describe.queryOptions(
      { token },
      { retry: false, refetchOnWindowFocus: false, enabled: !send.isSuccess },
    ),
  );
  const errors = uploadErrors(send.error, { file: 'file' });
  const title = send.isSuccess
    ? 'Advice sent'
    : link.isError
      ? 'This link cannot be used'
      : 'Send your advice';
  usePageTitle(title, errors.hasErrors);

  if (send.isSuccess) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Advice sent" isFocusedOnMount>
            {send.data.fileName}
          </Panel>
          <p className="govuk-body">
            {link.data
              ? `${link.data.laName} has your advice for case ${link.data.reference ?? ''}.`
              : 'The local authority has your advice.'}{' '}
            It has been recorded as received today.
          </p>
          <p className="govuk-body">
            The link has now been used. If you need to send anything else, ask the local authority for a new
            link.
          </p>
        </div>
      </div>
    );
  }
  if (link.isPending) {
    return (
      <p className="govuk-body" aria-live="polite">
        Loading…
      </p>
    );
  }
  if (link.isError || !link.data) {
    const { status, message, fieldErrors } = errorsOf(link.error);
    const reason =
      status === 409 && message
        ? message
        : (fieldErrors[0]?.reason ??
          'The link is not right. Check you copied the whole link from the email, or ask the local authority for a new one.');
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">This link cannot be used</h1>
          <p className="govuk-body">{reason}</p>
          <p className="govuk-body">
            Your advice has not been sent. Contact the local authority that asked for it.
          </p>
        </div>
      </div>
    );
  }

  const d = link.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const form = new FormData();
    const file = fileInput.current?.files?.[0];
    if (file) form.set('file', file);
    send.mutate(form);
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} />
        <span className="govuk-caption-l">{d.laName}</span>
        <h1 className="govuk-heading-l">Send your advice</h1>
        <p className="govuk-body">
          {d.laName} asked {d.adviserName} for advice for an EHC needs assessment. Check these details match
          your work before you upload.
        </p>
        <SummaryList
          rows={[
            { key: 'Local authority', value: d.laName },
            { key: 'Case reference', value: d.reference ?? '–' },
            { key: 'Child’s initials', value: d.childInitials || '–' },
            { key: 'Advice due by', value: formatDate(d.dueOn) },
          ]}
        />
        <form onSubmit={submit} noValidate encType="multipart/form-data">
          <FileUpload
            id="file"
            name="file"
            label="Upload your advice"
            labelSize="m"
            hint={`One file: a PDF, Word document (DOCX), JPEG or PNG, smaller than ${formatFileSize(MAX_ATTACHMENT_BYTES)}. The link works once.`}
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            ref={fileInput}
            error={errors.byField.file}
          />
          <Button type="submit" isPending={send.isPending} preventDoubleClick>
            Send advice
          </Button>
        </form>
      </div>
    </div>
  );
}
