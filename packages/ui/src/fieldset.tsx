import type { FieldsetHTMLAttributes, ReactNode } from 'react';

import { cx } from './class-names';
import type { TextSize } from './label';

export type FieldsetProps = Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'aria-describedby'> & {
  legend?: ReactNode;
  legendSize?: TextSize | undefined;
  /** Puts the legend's text in the page's h1, for a question page with one group of fields. */
  isPageHeading?: boolean | undefined;
  legendClassName?: string | undefined;
  /** Space-separated ids of the hint and error message that describe the group. */
  describedBy?: string | undefined;
};

export function Fieldset({
  legend,
  legendSize,
  isPageHeading = false,
  legendClassName,
  describedBy,
  className,
  children,
  ...rest
}: FieldsetProps) {
  return (
    <fieldset
      className={cx('govuk-fieldset', className)}
      aria-describedby={describedBy || undefined}
      {...rest}
    >
      {legend ? (
        <legend
          className={cx(
            'govuk-fieldset__legend',
            legendSize && `govuk-fieldset__legend--${legendSize}`,
            legendClassName,
          )}
        >
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
      ) : null}
      {children}
    </fieldset>
  );
}
