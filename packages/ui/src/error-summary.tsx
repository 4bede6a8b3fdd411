import { useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';

import { cx } from './class-names';
import { useFocusOnChange } from './focus';

export type ErrorSummaryItem = {
  /** `#` and the id of the field to fix, e.g. `#date-of-birth-day` for the first field of a date. */
  href?: string;
  text: ReactNode;
};

export type ErrorSummaryProps = {
  errors: ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
  /** Focus moves to the summary when it appears and each time the errors change, unless false. */
  isFocusedOnChange?: boolean;
  /** Change this (e.g. pass a submit count) to move focus back when the same errors come back. */
  focusKey?: string | number;
  className?: string;
};

function fieldLabel(input: HTMLElement): HTMLElement | null {
  const fieldset = input.closest('fieldset');
  const legend = fieldset?.querySelector('legend');
  if (legend && input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')) {
    return legend;
  }
  return document.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) ?? legend ?? null;
}

/** The GOV.UK error summary. Renders nothing when there are no errors. */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  description,
  isFocusedOnChange = true,
  focusKey,
  className,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Messages that are not plain text are compared by their href alone.
  const errorsKey = errors
    .map((error) => `${error.href ?? ''}|${typeof error.text === 'string' ? error.text : ''}`)
    .join('\n');
  useFocusOnChange(ref, isFocusedOnChange && errors.length > 0, `${focusKey ?? ''}\n${errorsKey}`);

  // As govuk-frontend does: focus the field itself and scroll its label or legend into view, since a
  // plain fragment link scrolls the input to the top of the window and hides the question.
  function handleClick(event: MouseEvent<HTMLDivElement>) {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const hash = link?.hash;
    if (!link || !hash || link.pathname !== window.location.pathname) {
      return;
    }
    const input = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!input) {
      return;
    }
    event.preventDefault();
    (fieldLabel(input) ?? input).scrollIntoView();
    input.focus({ preventScroll: true });
  }

  if (errors.length === 0) {
    return null;
  }

  return (
    <div ref={ref} className={cx('govuk-error-summary', className)} tabIndex={-1} onClick={handleClick}>
      {/* role="alert" sits on a child, as in govuk-frontend, so focus and announcement do not race. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, index) => (
              <li key={`${error.href ?? ''}-${index}`}>
                {error.href ? <a href={error.href}>{error.text}</a> : error.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
