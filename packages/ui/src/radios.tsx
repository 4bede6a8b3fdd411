import { Fragment, useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';

import { isDivider, optionId } from './choice-group';
import type { ChoiceItem } from './choice-group';
import { cx } from './class-names';
import { Fieldset } from './fieldset';
import { describedByIds, FormGroup, HintAndError } from './form-group';
import type { TextSize } from './label';

export type RadiosProps = {
  name: string;
  /** Prefix for option, hint and error ids. Defaults to `name`. */
  idPrefix?: string;
  legend: ReactNode;
  legendSize?: TextSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  items: ChoiceItem[];
  /** The selected value when controlled; '' for none. */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  /** For two short options such as Yes and No. Not with conditional content. */
  isInline?: boolean;
  isSmall?: boolean;
  className?: string;
  formGroupClassName?: string;
};

export function Radios({
  name,
  idPrefix = name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  value,
  defaultValue = '',
  onChange,
  isInline = false,
  isSmall = false,
  className,
  formGroupClassName,
}: RadiosProps) {
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue);
  const selected = value ?? uncontrolledValue;
  const { hintId, errorId, describedBy } = describedByIds(idPrefix, { hint, error });

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    if (value === undefined) {
      setUncontrolledValue(event.target.value);
    }
    onChange?.(event.target.value, event);
  }

  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        isPageHeading={isPageHeading}
        describedBy={describedBy}
      >
        <HintAndError hintId={hintId} errorId={errorId} hint={hint} error={error} />
        <div
          className={cx(
            'govuk-radios',
            isInline && 'govuk-radios--inline',
            isSmall && 'govuk-radios--small',
            className,
          )}
        >
          {items.map((item, index) => {
            if (isDivider(item)) {
              return (
                <div key={`divider-${index}`} className="govuk-radios__divider">
                  {item.divider}
                </div>
              );
            }
            const itemId = optionId(idPrefix, item, index);
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            const conditionalId = `conditional-${itemId}`;
            const isChecked = item.value === selected;
            return (
              <Fragment key={itemId}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={itemId}
                    name={name}
                    type="radio"
                    value={item.value}
                    checked={isChecked}
                    disabled={item.disabled}
                    onChange={handleChange}
                    // No aria-expanded, which govuk-frontend adds: ARIA does not allow it on a radio.
                    aria-controls={item.conditional ? conditionalId : undefined}
                    aria-describedby={itemHintId}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                    {item.label}
                  </label>
                  {itemHintId ? (
                    <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                      {item.hint}
                    </div>
                  ) : null}
                </div>
                {item.conditional ? (
                  // `hidden` as well as the modifier, which govuk-frontend only applies when the body has
                  // .govuk-frontend-supported.
                  <div
                    className={cx(
                      'govuk-radios__conditional',
                      !isChecked && 'govuk-radios__conditional--hidden',
                    )}
                    id={conditionalId}
                    hidden={!isChecked}
                  >
                    {item.conditional}
                  </div>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
