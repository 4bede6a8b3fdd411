import { MAX_ATTACHMENT_BYTES, attachmentTypes, formatFileSize } from '@casework/domain';
import {
  Button,
  DateInput,
  ErrorSummary,
  FileUpload,
  NotificationBanner,
  Radios,
  Table,
  TextInput,
  type DateInputValue,
} from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';

import { formErrors } from '../../app/form-errors';
import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { dateAnswerFromParts } from '../../features/request-form';
import { useTRPC, type FieldError } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { useRequestFromRoute } from './use-request';

const typeLabels: Record<string, string> = Object.fromEntries(attachmentTypes.map((t) => [t.value, t.label]));

class UploadError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldError[],
  ) {
    super(message);
  }
}

async function upload(requestId: string, form: FormData) {
  const res = await fetch(`/files/requests/${requestId}/attachments`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
  });
  if (res.ok) return (await res.json()) as { id: string; fileName: string };
  const body = (await res.json().catch(() => ({}))) as { error?: string; fieldErrors?: FieldError[] };
  throw new UploadError(body.error ?? 'The file could not be uploaded. Try again.', body.fieldErrors ?? []);
}

/** Reports and other evidence: checked by content, at most 20MB each and 50MB for the request. */
export function EvidencePage() {
  const { query, request } = useRequestFromRoute();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [attachmentType, setAttachmentType] = useState('');
  const [documentDate, setDocumentDate] = useState<DateInputValue>({ day: '', month: '', year: '' });
  const [description, setDescription] = useState('');
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: trpc.requests.byId.queryKey({ requestId: request?.id ?? '' }),
    });
  const send = useMutation({
    mutationFn: (form: FormData) => upload(request?.id ?? '', form),
    onSuccess: async () => {
      if (fileInput.current) fileInput.current.value = '';
      setAttachmentType('');
      setDocumentDate({ day: '', month: '', year: '' });
      setDescription('');
      await refresh();
    },
  });
  const remove = useMutation(trpc.requests.removeAttachment.mutationOptions({ onSuccess: refresh }));
  const uploadErrors = send.error instanceof UploadError ? send.error.fieldErrors : [];
  const removeErrors = formErrors(remove.error);
  const byField = Object.fromEntries(uploadErrors.map((e) => [e.field, e.reason]));
  const summary = [
    ...uploadErrors.map((e) => ({
      href: `#${e.field === 'documentDate' ? 'documentDate-day' : e.field === 'attachmentType' ? 'attachmentType' : e.field}`,
      text: e.reason,
    })),
    ...(send.error && uploadErrors.length === 0 ? [{ text: send.error.message }] : []),
    ...removeErrors.summary,
  ];
  usePageTitle('Evidence', summary.length > 0);
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  // Files go with a draft, or answer the LA's request for more information.
  if (!request || (request.status !== 'draft' && request.status !== 'more_information_requested'))
    return <NotFoundPage />;
  const isDraft = request.status === 'draft';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const form = new FormData();
    const file = fileInput.current?.files?.[0];
    if (file) form.set('file', file);
    form.set('attachmentType', attachmentType);
    const date = dateAnswerFromParts(documentDate);
    if (date) form.set('documentDate', date);
    if (description.trim()) form.set('description', description.trim());
    send.mutate(form);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        {send.isSuccess && (
          <NotificationBanner type="success" role="alert" title="Success">
            <p className="govuk-notification-banner__heading">{send.data.fileName} has been added</p>
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{request.childName ?? 'Request for an EHC needs assessment'}</span>
        <h1 className="govuk-heading-l">Evidence</h1>
        {!isDraft && (
          <p className="govuk-body">
            {request.la.name} has asked for more information. Files you add now go to them at once, and cannot
            be removed.
          </p>
        )}
        <p className="govuk-body">
          Attach reports from professionals, plans and letters. Each file must be a PDF, Word document (DOCX),
          JPEG or PNG, smaller than {formatFileSize(MAX_ATTACHMENT_BYTES)}. All the files for one request must
          add up to 50MB or less.
        </p>
        {request.attachments.length > 0 && (
          <Table
            caption="Files attached"
            captionSize="m"
            head={[
              'File',
              'Type',
              'Date',
              ...(isDraft ? [{ content: <span className="govuk-visually-hidden">Action</span> }] : []),
            ]}
            rows={request.attachments.map((a) => ({
              key: a.id,
              cells: [
                <>
                  <a className="govuk-link" href={`/files/attachments/${a.id}`}>
                    {a.fileName}
                  </a>
                  <br />
                  <span className="govuk-hint govuk-!-font-size-16">{formatFileSize(a.sizeBytes)}</span>
                </>,
                typeLabels[a.attachmentType] ?? a.attachmentType,
                formatDate(a.documentDate, 'Not given'),
                // Files already sent to the LA stay with the request.
                ...(isDraft
                  ? [
                      <button
                        type="button"
                        className="app-link-button"
                        onClick={() => remove.mutate({ requestId: request.id, attachmentId: a.id })}
                      >
                        Remove<span className="govuk-visually-hidden"> {a.fileName}</span>
                      </button>,
                    ]
                  : []),
              ],
            }))}
          />
        )}
        <form onSubmit={submit} noValidate encType="multipart/form-data">
          <h2 className="govuk-heading-m">Add a file</h2>
          <FileUpload
            id="file"
            name="file"
            label="Upload a file"
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            ref={fileInput}
            error={byField.file}
          />
          <Radios
            name="attachmentType"
            idPrefix="attachmentType"
            legend="What kind of document is it?"
            legendSize="s"
            value={attachmentType}
            onChange={setAttachmentType}
            error={byField.attachmentType}
            items={attachmentTypes.map((t) => ({ value: t.value, label: t.label }))}
          />
          <DateInput
            id="documentDate"
            legend="Date of the document (optional)"
            legendSize="s"
            hint="For example, 27 3 2026"
            value={documentDate}
            onChange={setDocumentDate}
            error={byField.documentDate}
          />
          <TextInput
            id="description"
            label="Description (optional)"
            hint="For example, educational psychologist’s report"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={byField.description}
          />
          <Button type="submit" variant="secondary" isPending={send.isPending}>
            Upload file
          </Button>
        </form>
        <p className="govuk-body">
          <RouterLink className="govuk-link" href={`/requests/${request.id}`}>
            Back to the request
          </RouterLink>
        </p>
      </div>
    </div>
  );
}
