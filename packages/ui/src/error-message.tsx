import type { ReactNode } from 'react';

import { cx } from './class-names';

export type ErrorMessageProps = {
  id?: string;
  children: ReactNode;
  /** Read before the message so screen reader users know it is an error. */
  visuallyHiddenText?: string;
  className?: string;
};

export function ErrorMessage({ id, children, visuallyHiddenText = 'Error', className }: ErrorMessageProps) {
  return (
    <p id={id} className={cx('govuk-error-message', className)}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{visuallyHiddenText}:</span>{' '}
        </>
      ) : null}
      {children}
    </p>
  );
}
