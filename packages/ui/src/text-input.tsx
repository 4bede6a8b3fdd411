import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

import { cx } from './class-names';
import { describedByIds, FormGroup, HintAndError } from './form-group';
import type { FieldProps } from './form-group';
import { Label } from './label';

/** govuk-frontend's fixed widths (characters) and fluid widths (fractions of the container). */
export type InputWidth =
  | 'govuk-input--width-2'
  | 'govuk-input--width-3'
  | 'govuk-input--width-4'
  | 'govuk-input--width-5'
  | 'govuk-input--width-10'
  | 'govuk-input--width-20'
  | 'govuk-input--width-30'
  | 'govuk-!-width-full'
  | 'govuk-!-width-three-quarters'
  | 'govuk-!-width-two-thirds'
  | 'govuk-!-width-one-half'
  | 'govuk-!-width-one-third'
  | 'govuk-!-width-one-quarter';

export type TextInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'prefix' | 'width' | 'children'
> &
  FieldProps & {
    width?: InputWidth;
    /** Shown before the input, e.g. "£". Hidden from screen readers: put the unit in the label too. */
    prefix?: ReactNode;
    /** Shown after the input, e.g. "per hour". Hidden from screen readers: put the unit in the label too. */
    suffix?: ReactNode;
    ref?: Ref<HTMLInputElement>;
  };

export function TextInput({
  id,
  name,
  label,
  labelSize,
  labelClassName,
  isPageHeading,
  hint,
  error,
  formGroupClassName,
  width,
  prefix,
  suffix,
  type = 'text',
  className,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: TextInputProps) {
  const { hintId, errorId, describedBy } = describedByIds(id, { hint, error, before: ariaDescribedBy });
  const input = (
    <input
      className={cx('govuk-input', width, errorId && 'govuk-input--error', className)}
      id={id}
      name={name ?? id}
      type={type}
      aria-describedby={describedBy}
      {...rest}
    />
  );

  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading} className={labelClassName}>
        {label}
      </Label>
      <HintAndError hintId={hintId} errorId={errorId} hint={hint} error={error} />
      {prefix || suffix ? (
        <div className="govuk-input__wrapper">
          {prefix ? (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          ) : null}
          {input}
          {suffix ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          ) : null}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
