import { attachmentTypes, formatFileSize } from '@casework/domain';
import { ButtonLink, Table } from '@casework/ui';

import { formatDateTime } from '../../../app/format';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { childNameOf, useCaseFile } from './use-case';

export const caseDocumentKinds = [
  { value: 'advice', label: 'Advice from an adviser' },
  { value: 'correspondence', label: 'Letter or email' },
  { value: 'request', label: 'The request itself' },
  { value: 'other', label: 'Something else' },
] as const;

const kindLabels: Record<string, string> = Object.fromEntries(
  [...attachmentTypes, ...caseDocumentKinds].map((t) => [t.value, t.label]),
);

export function CaseDocumentsTab() {
  const c = useCaseFile();
  const { canWorkCases } = useLaRole();
  usePageTitle(`Documents – ${childNameOf(c)}`);
  const fromSchool = c.documents.filter((d) => d.source === 'school');
  const ours = c.documents.filter((d) => d.source !== 'school');
  const fileLink = (d: (typeof c.documents)[number]) => (
    <>
      <a
        className="govuk-link"
        href={d.source === 'school' ? `/files/attachments/${d.id}` : `/files/case-documents/${d.id}`}
      >
        {d.fileName}
      </a>
      <br />
      <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
        {formatFileSize(d.sizeBytes)}
      </span>
    </>
  );

  return (
    <>
      <h2 className="govuk-heading-m">Documents</h2>
      {canWorkCases && (
        <ButtonLink href={`/cases/${c.id}/documents/new`} variant="secondary">
          Upload a document
        </ButtonLink>
      )}
      {c.school &&
        (fromSchool.length === 0 ? (
          <p className="govuk-body">The school did not attach any files.</p>
        ) : (
          <Table
            caption="Sent by the school"
            head={['File', 'Type', 'Added']}
            rows={fromSchool.map((d) => ({
              key: d.id,
              cells: [fileLink(d), kindLabels[d.kind] ?? d.kind, formatDateTime(d.at)],
            }))}
          />
        ))}
      {ours.length === 0 ? (
        <p className="govuk-body">No documents have been added by the local authority or advisers.</p>
      ) : (
        <Table
          caption="Added by the local authority and advisers"
          head={['File', 'Type', 'Added by', 'Added']}
          rows={ours.map((d) => ({
            key: d.id,
            cells: [
              fileLink(d),
              kindLabels[d.kind] ?? d.kind,
              d.source === 'adviser' ? 'The adviser, through their upload link' : (d.by ?? 'Local authority'),
              formatDateTime(d.at),
            ],
          }))}
        />
      )}
    </>
  );
}
