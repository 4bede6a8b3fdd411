import { useEffect, useState } from 'react';
import type { ChangeEvent, Ref, TextareaHTMLAttributes } from 'react';

import { cx } from './class-names';
import { describedByIds, FormGroup, HintAndError } from './form-group';
import type { FieldProps } from './form-group';
import { Label } from './label';

export type TextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'children' | 'maxLength'
> &
  FieldProps & {
    /**
     * Adds a character count. Not enforced with maxlength, so users can paste and then edit down;
     * validate the length where the rule lives.
     */
    characterLimit?: number;
    /** Show the count only once the text reaches this percentage of the limit. */
    countThreshold?: number;
    ref?: Ref<HTMLTextAreaElement>;
  };

export function countMessage(remaining: number): string {
  if (remaining === 0) {
    return 'You have 0 characters remaining';
  }
  const count = Math.abs(remaining);
  const noun = count === 1 ? 'character' : 'characters';
  return remaining > 0 ? `You have ${count} ${noun} remaining` : `You have ${count} ${noun} too many`;
}

// Screen readers hear the count once typing pauses, not on every key, as in govuk-frontend.
const announceDelayMs = 1000;

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export function Textarea({
  id,
  name,
  label,
  labelSize,
  labelClassName,
  isPageHeading,
  hint,
  error,
  formGroupClassName,
  characterLimit,
  countThreshold,
  rows = 5,
  value,
  defaultValue,
  onChange,
  className,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: TextareaProps) {
  const [uncontrolledValue, setUncontrolledValue] = useState(String(defaultValue ?? ''));
  const text = value === undefined ? uncontrolledValue : String(value);
  const hasCount = characterLimit !== undefined;
  const infoId = `${id}-info`;
  const before = [hasCount ? infoId : undefined, ariaDescribedBy].filter(Boolean).join(' ') || undefined;
  const { hintId, errorId, describedBy } = describedByIds(id, { hint, error, before });

  const remaining = (characterLimit ?? 0) - text.length;
  const isOverLimit = hasCount && remaining < 0;
  const isCountShown =
    hasCount && (!countThreshold || text.length >= (characterLimit * countThreshold) / 100);
  const message = countMessage(remaining);
  const announcedMessage = useDebounced(message, announceDelayMs);

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    if (value === undefined) {
      setUncontrolledValue(event.target.value);
    }
    onChange?.(event);
  }

  return (
    <FormGroup
      hasError={Boolean(errorId)}
      className={cx(hasCount && 'govuk-character-count', formGroupClassName)}
    >
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading} className={labelClassName}>
        {label}
      </Label>
      <HintAndError hintId={hintId} errorId={errorId} hint={hint} error={error} />
      <textarea
        className={cx(
          'govuk-textarea',
          hasCount && 'govuk-js-character-count',
          (errorId || isOverLimit) && 'govuk-textarea--error',
          className,
        )}
        id={id}
        name={name ?? id}
        rows={rows}
        aria-describedby={describedBy}
        value={value}
        defaultValue={value === undefined ? defaultValue : undefined}
        onChange={handleChange}
        {...rest}
      />
      {hasCount ? (
        <>
          <div id={infoId} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
            You can enter up to {characterLimit} characters
          </div>
          <div
            className={cx(
              'govuk-character-count__message govuk-character-count__status',
              isOverLimit ? 'govuk-error-message' : 'govuk-hint',
              !isCountShown && 'govuk-character-count__message--disabled',
            )}
            aria-hidden="true"
          >
            {message}
          </div>
          <div
            className="govuk-character-count__sr-status govuk-visually-hidden"
            aria-live="polite"
            aria-hidden={isCountShown ? undefined : true}
          >
            {announcedMessage}
          </div>
        </>
      ) : null}
    </FormGroup>
  );
}
