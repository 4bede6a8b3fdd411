import type { DetailsHTMLAttributes, ReactNode } from 'react';

import { cx } from './class-names';

export type DetailsProps = Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'summary'> & {
  summary: ReactNode;
};

export function Details({ summary, className, children, ...rest }: DetailsProps) {
  return (
    <details className={cx('govuk-details', className)} {...rest}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
