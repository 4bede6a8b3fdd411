import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';

import { cx } from './class-names';
import { Fieldset } from './fieldset';
import { describedByIds, FormGroup, HintAndError } from './form-group';
import type { TextSize } from './label';

export type DateInputValue = { day: string; month: string; year: string };

export type DateInputField = keyof DateInputValue;

export type DateInputProps = {
  /** The group's id. The fields are `${id}-day`, `${id}-month` and `${id}-year`; link errors to the first field with a problem. */
  id: string;
  /** Field names become `${namePrefix}-day` and so on. Defaults to `id`. */
  namePrefix?: string;
  legend: ReactNode;
  legendSize?: TextSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** The fields the error is about. With an error and none named, all three are highlighted. */
  errorFields?: DateInputField[];
  value?: DateInputValue;
  defaultValue?: DateInputValue;
  onChange?: (value: DateInputValue, field: DateInputField, event: ChangeEvent<HTMLInputElement>) => void;
  /** Adds the bday-day, bday-month and bday-year autocomplete tokens for a date of birth. */
  isDateOfBirth?: boolean;
  className?: string;
  formGroupClassName?: string;
};

const emptyDate: DateInputValue = { day: '', month: '', year: '' };

const fields: Array<{ field: DateInputField; label: string; width: string }> = [
  { field: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { field: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { field: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

export function DateInput({
  id,
  namePrefix = id,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  errorFields,
  value,
  defaultValue,
  onChange,
  isDateOfBirth = false,
  className,
  formGroupClassName,
}: DateInputProps) {
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue ?? emptyDate);
  const current = value ?? uncontrolledValue;
  const { hintId, errorId, describedBy } = describedByIds(id, { hint, error });
  const highlighted = new Set<DateInputField>(
    errorId ? (errorFields?.length ? errorFields : ['day', 'month', 'year']) : [],
  );

  function handleChange(field: DateInputField) {
    return (event: ChangeEvent<HTMLInputElement>) => {
      const next = { ...current, [field]: event.target.value };
      if (value === undefined) {
        setUncontrolledValue(next);
      }
      onChange?.(next, field, event);
    };
  }

  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      {/* role="group" so that JAWS reads the hint and error for a fieldset of text inputs. */}
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        isPageHeading={isPageHeading}
        describedBy={describedBy}
        role="group"
      >
        <HintAndError hintId={hintId} errorId={errorId} hint={hint} error={error} />
        <div className={cx('govuk-date-input', className)} id={id}>
          {fields.map(({ field, label, width }) => {
            const fieldId = `${id}-${field}`;
            return (
              <div key={field} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={fieldId}>
                    {label}
                  </label>
                  <input
                    className={cx(
                      'govuk-input govuk-date-input__input',
                      highlighted.has(field) && 'govuk-input--error',
                      width,
                    )}
                    id={fieldId}
                    name={`${namePrefix}-${field}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={isDateOfBirth ? `bday-${field}` : undefined}
                    value={current[field]}
                    onChange={handleChange(field)}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
