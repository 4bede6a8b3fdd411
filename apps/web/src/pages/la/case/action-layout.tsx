import { BackLink, ErrorSummary, type ErrorSummaryItem } from '@casework/ui';
import type { ReactNode } from 'react';

import type { CaseFile } from '../../../app/api-types';
import { caseLabel } from './use-case';

/**
 * A page for one action on a case (GOV.UK question page): a way back to the case, the errors,
 * the case it is about, and the form.
 */
export function CaseActionLayout({
  caseFile,
  errors,
  back,
  children,
}: {
  caseFile: CaseFile;
  errors: ErrorSummaryItem[];
  back?: { href: string; text: string };
  children: ReactNode;
}) {
  return (
    <>
      <BackLink href={back?.href ?? `/cases/${caseFile.id}`}>{back?.text ?? 'Back to the case'}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{caseLabel(caseFile)}</span>
          {children}
        </div>
      </div>
    </>
  );
}

export function Loading() {
  return (
    <p className="govuk-body" aria-live="polite">
      Loading…
    </p>
  );
}
