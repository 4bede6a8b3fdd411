import type { InputHTMLAttributes, Ref } from 'react';

import { cx } from './class-names';
import { describedByIds, FormGroup, HintAndError } from './form-group';
import type { FieldProps } from './form-group';
import { Label } from './label';

export type FileUploadProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'value' | 'children'
> &
  FieldProps & { ref?: Ref<HTMLInputElement> };

export function FileUpload({
  id,
  name,
  label,
  labelSize,
  labelClassName,
  isPageHeading,
  hint,
  error,
  formGroupClassName,
  className,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: FileUploadProps) {
  const { hintId, errorId, describedBy } = describedByIds(id, { hint, error, before: ariaDescribedBy });
  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading} className={labelClassName}>
        {label}
      </Label>
      <HintAndError hintId={hintId} errorId={errorId} hint={hint} error={error} />
      <input
        className={cx('govuk-file-upload', className, errorId && 'govuk-file-upload--error')}
        id={id}
        name={name ?? id}
        type="file"
        aria-describedby={describedBy}
        {...rest}
      />
    </FormGroup>
  );
}
