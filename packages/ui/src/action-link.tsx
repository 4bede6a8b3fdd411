import type { MouseEvent, ReactNode } from 'react';

import { cx } from './class-names';
import { Link } from './link';
import type { LinkComponent } from './link';

export type Action = {
  text: ReactNode;
  /** Extra words for screen readers, e.g. "date of birth" after "Change". */
  visuallyHiddenText?: string;
  /** A link when set; otherwise a button that looks like a link and calls onClick. */
  href?: string;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  className?: string;
};

/** A link (or link-styled button) whose accessible name carries its context, as summary list actions need. */
export function ActionLink({
  action,
  context,
  linkAs,
}: {
  action: Action;
  context?: ReactNode;
  linkAs?: LinkComponent | undefined;
}) {
  const hiddenText =
    action.visuallyHiddenText || context ? (
      <span className="govuk-visually-hidden">
        {action.visuallyHiddenText ? ` ${action.visuallyHiddenText}` : null}
        {context ? <> ({context})</> : null}
      </span>
    ) : null;

  if (action.href !== undefined) {
    return (
      <Link
        className={cx('govuk-link', action.className)}
        href={action.href}
        onClick={action.onClick}
        linkAs={linkAs}
      >
        {action.text}
        {hiddenText}
      </Link>
    );
  }
  return (
    <button
      type="button"
      className={cx('govuk-link app-link-button', action.className)}
      onClick={action.onClick}
    >
      {action.text}
      {hiddenText}
    </button>
  );
}
