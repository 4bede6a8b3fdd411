import type { LabelHTMLAttributes } from 'react';

import { cx } from './class-names';

export type TextSize = 's' | 'm' | 'l' | 'xl';

export type LabelProps = LabelHTMLAttributes<HTMLLabelElement> & {
  size?: TextSize | undefined;
  /** Wraps the label in the page's h1, for a question page with one field. */
  isPageHeading?: boolean | undefined;
};

export function Label({ size, isPageHeading = false, className, ...rest }: LabelProps) {
  const label = <label className={cx('govuk-label', size && `govuk-label--${size}`, className)} {...rest} />;
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
