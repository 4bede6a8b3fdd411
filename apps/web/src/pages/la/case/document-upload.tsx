import { MAX_ATTACHMENT_BYTES, formatFileSize } from '@casework/domain';
import { Button, FileUpload, Radios, Select } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { withFlash } from '../../../app/flash';
import { formatDate } from '../../../app/format';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { uploadErrors, uploadFile } from '../../../app/upload';
import { NotFoundPage } from '../../not-found';
import { useInvalidateCasework } from '../use-invalidate';
import { CaseActionLayout, Loading } from './action-layout';
import { caseDocumentKinds } from './documents-tab';
import { useCaseFromRoute } from './use-case';

/** Adds a document to the case: advice that came by post or email, a letter, the request itself. */
export function DocumentUploadPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const fileInput = useRef<HTMLInputElement>(null);
  const adviceFromUrl = params.get('advice') ?? '';
  const kindFromUrl = caseDocumentKinds.find((k) => k.value === params.get('kind'))?.value;
  const [kind, setKind] = useState<string>(adviceFromUrl ? 'advice' : (kindFromUrl ?? ''));
  const [adviceRequestId, setAdviceRequestId] = useState(adviceFromUrl);
  const send = useMutation({
    mutationFn: ({ requestId, form }: { requestId: string; form: FormData }) =>
      uploadFile<{ id: string; fileName: string }>(`/files/cases/${requestId}/documents`, form),
    onSuccess: async (doc, { requestId, form }) => {
      await invalidate();
      const linkedAdvice = caseFile?.advice.find((a) => a.id === form.get('adviceRequestId'));
      await navigate(
        `/cases/${requestId}/documents`,
        withFlash({
          heading: `${doc.fileName} has been added to the case`,
          ...(linkedAdvice && !linkedAdvice.receivedOn
            ? {
                link: {
                  href: `/cases/${requestId}/advice/${linkedAdvice.id}/received`,
                  text: `Record the advice from ${linkedAdvice.adviserName} as received`,
                },
              }
            : {}),
        }),
      );
    },
  });
  const errors = uploadErrors(send.error, { kind: 'kind', adviceRequestId: 'adviceRequestId' });
  usePageTitle('Upload a document', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !canWorkCases) return <NotFoundPage />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const form = new FormData();
    const file = fileInput.current?.files?.[0];
    if (file) form.set('file', file);
    form.set('kind', kind);
    if (kind === 'advice' && adviceRequestId) form.set('adviceRequestId', adviceRequestId);
    send.mutate({ requestId: caseFile.id, form });
  };
  const adviceChoice =
    caseFile.advice.length > 0 ? (
      <Select
        id="adviceRequestId"
        label="Which request for advice is it the answer to?"
        labelSize="s"
        value={adviceRequestId}
        onChange={(e) => setAdviceRequestId(e.target.value)}
        error={errors.byField.adviceRequestId}
        options={[
          { value: '', text: 'None of these' },
          ...caseFile.advice.map((a) => ({
            value: a.id,
            text: `${a.adviserName}, asked for on ${formatDate(a.requestedOn)}`,
          })),
        ]}
      />
    ) : undefined;

  return (
    <CaseActionLayout
      caseFile={caseFile}
      errors={errors.summary}
      back={{ href: `/cases/${caseFile.id}/documents`, text: 'Back to documents' }}
    >
      <h1 className="govuk-heading-l">Upload a document</h1>
      <form onSubmit={submit} noValidate encType="multipart/form-data">
        <FileUpload
          id="file"
          name="file"
          label="Choose the file"
          labelSize="s"
          hint={`A PDF, Word document (DOCX), JPEG or PNG, smaller than ${formatFileSize(MAX_ATTACHMENT_BYTES)}`}
          accept=".pdf,.docx,.jpg,.jpeg,.png"
          ref={fileInput}
          error={errors.byField.file}
        />
        <Radios
          name="kind"
          legend="What is it?"
          legendSize="s"
          value={kind}
          onChange={setKind}
          error={errors.byField.kind}
          items={caseDocumentKinds.map((k) => ({
            value: k.value,
            label: k.label,
            ...(k.value === 'advice' && adviceChoice ? { conditional: adviceChoice } : {}),
          }))}
        />
        <Button type="submit" isPending={send.isPending}>
          Upload document
        </Button>
      </form>
    </CaseActionLayout>
  );
}
