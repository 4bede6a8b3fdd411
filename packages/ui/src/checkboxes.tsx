import { Fragment, useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';

import { isDivider, optionId } from './choice-group';
import type { ChoiceDivider, ChoiceOption } from './choice-group';
import { cx } from './class-names';
import { Fieldset } from './fieldset';
import { describedByIds, FormGroup, HintAndError } from './form-group';
import type { TextSize } from './label';

export type CheckboxOption = ChoiceOption & {
  /** A "None of these" option: ticking it clears the others, and ticking another clears it. */
  isExclusive?: boolean;
};

export type CheckboxItem = CheckboxOption | ChoiceDivider;

export type CheckboxesProps = {
  name: string;
  /** Prefix for option, hint and error ids. Defaults to `name`. */
  idPrefix?: string;
  /** Without a legend there is no fieldset, e.g. for a single "I confirm" checkbox. */
  legend?: ReactNode;
  legendSize?: TextSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  items: CheckboxItem[];
  /** The ticked values when controlled. */
  values?: string[];
  defaultValues?: string[];
  onChange?: (values: string[], event: ChangeEvent<HTMLInputElement>) => void;
  isSmall?: boolean;
  className?: string;
  formGroupClassName?: string;
};

export function nextCheckboxValues(
  items: CheckboxItem[],
  current: string[],
  changed: string,
  isChecked: boolean,
): string[] {
  if (!isChecked) {
    return current.filter((value) => value !== changed);
  }
  const options = items.filter((item): item is CheckboxOption => !isDivider(item));
  const changedOption = options.find((option) => option.value === changed);
  const exclusiveValues = new Set(
    options.filter((option) => option.isExclusive).map((option) => option.value),
  );
  const kept = changedOption?.isExclusive ? [] : current.filter((value) => !exclusiveValues.has(value));
  return [...kept.filter((value) => value !== changed), changed];
}

export function Checkboxes({
  name,
  idPrefix = name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  values,
  defaultValues = [],
  onChange,
  isSmall = false,
  className,
  formGroupClassName,
}: CheckboxesProps) {
  const [uncontrolledValues, setUncontrolledValues] = useState(defaultValues);
  const ticked = values ?? uncontrolledValues;
  const hasFieldset = Boolean(legend);
  const { hintId, errorId, describedBy } = describedByIds(idPrefix, { hint, error });

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const next = nextCheckboxValues(items, ticked, event.target.value, event.target.checked);
    if (values === undefined) {
      setUncontrolledValues(next);
    }
    onChange?.(next, event);
  }

  const content = (
    <>
      <HintAndError hintId={hintId} errorId={errorId} hint={hint} error={error} />
      <div className={cx('govuk-checkboxes', isSmall && 'govuk-checkboxes--small', className)}>
        {items.map((item, index) => {
          if (isDivider(item)) {
            return (
              <div key={`divider-${index}`} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = optionId(idPrefix, item, index);
          const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
          // Without a fieldset to carry them, the group's hint and error describe each checkbox.
          const itemDescribedBy =
            [hasFieldset ? undefined : describedBy, itemHintId].filter(Boolean).join(' ') || undefined;
          const conditionalId = `conditional-${itemId}`;
          const isChecked = ticked.includes(item.value);
          return (
            <Fragment key={itemId}>
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={isChecked}
                  disabled={item.disabled}
                  onChange={handleChange}
                  data-behaviour={item.isExclusive ? 'exclusive' : undefined}
                  aria-controls={item.conditional ? conditionalId : undefined}
                  aria-expanded={item.conditional ? isChecked : undefined}
                  aria-describedby={itemDescribedBy}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {itemHintId ? (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
              {item.conditional ? (
                <div
                  className={cx(
                    'govuk-checkboxes__conditional',
                    !isChecked && 'govuk-checkboxes__conditional--hidden',
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
    </>
  );

  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      {hasFieldset ? (
        <Fieldset
          legend={legend}
          legendSize={legendSize}
          isPageHeading={isPageHeading}
          describedBy={describedBy}
        >
          {content}
        </Fieldset>
      ) : (
        content
      )}
    </FormGroup>
  );
}
