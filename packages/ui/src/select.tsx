import type { Ref, SelectHTMLAttributes } from 'react';

import { cx } from './class-names';
import { describedByIds, FormGroup, HintAndError } from './form-group';
import type { FieldProps } from './form-group';
import { Label } from './label';

export type SelectOption = { value: string; text: string; disabled?: boolean };

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> &
  FieldProps & {
    options: SelectOption[];
    ref?: Ref<HTMLSelectElement>;
  };

export function Select({
  id,
  name,
  label,
  labelSize,
  labelClassName,
  isPageHeading,
  hint,
  error,
  formGroupClassName,
  options,
  className,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: SelectProps) {
  const { hintId, errorId, describedBy } = describedByIds(id, { hint, error, before: ariaDescribedBy });
  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading} className={labelClassName}>
        {label}
      </Label>
      <HintAndError hintId={hintId} errorId={errorId} hint={hint} error={error} />
      <select
        className={cx('govuk-select', className, errorId && 'govuk-select--error')}
        id={id}
        name={name ?? id}
        aria-describedby={describedBy}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
