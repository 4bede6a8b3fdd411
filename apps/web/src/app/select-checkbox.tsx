import type { ChangeEvent } from 'react';

/**
 * A small GOV.UK checkbox for choosing rows in a table (the MOJ multi-select pattern). The label is
 * visually hidden but names the row, so each checkbox makes sense on its own.
 */
export function SelectCheckbox({
  id,
  label,
  checked,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string | undefined;
}) {
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small app-select-checkbox">
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.checked)}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          <span className="govuk-visually-hidden">{label}</span>
        </label>
      </div>
    </div>
  );
}
