import type { HTMLAttributes, ReactNode } from 'react';

import { cx, hasContent } from './class-names';
import { ErrorMessage } from './error-message';
import { Hint } from './hint';

export type FormGroupProps = HTMLAttributes<HTMLDivElement> & { hasError?: boolean };

export function FormGroup({ hasError = false, className, ...rest }: FormGroupProps) {
  return (
    <div className={cx('govuk-form-group', hasError && 'govuk-form-group--error', className)} {...rest} />
  );
}

/** Props every single-control field shares: a label tied to the control and its hint and error. */
export type FieldProps = {
  /** The control's id; the hint and error ids are derived from it. Error summary links point here. */
  id: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l' | 'xl';
  labelClassName?: string;
  isPageHeading?: boolean;
  hint?: ReactNode;
  /** The error message. Its presence puts the field in its error state. */
  error?: ReactNode;
  formGroupClassName?: string;
};

/**
 * The ids of a field's hint and error message, joined into aria-describedby in GOV.UK's order:
 * anything the caller passed, then the hint, then the error.
 */
export function describedByIds(
  idPrefix: string,
  { hint, error, before }: { hint?: ReactNode; error?: ReactNode; before?: string | undefined },
) {
  const hintId = hasContent(hint) ? `${idPrefix}-hint` : undefined;
  const errorId = hasContent(error) ? `${idPrefix}-error` : undefined;
  const describedBy = [before, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

export function HintAndError({
  hintId,
  errorId,
  hint,
  error,
}: {
  hintId: string | undefined;
  errorId: string | undefined;
  hint: ReactNode;
  error: ReactNode;
}) {
  return (
    <>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
    </>
  );
}
