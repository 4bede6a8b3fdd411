import { useEffect, useRef } from 'react';
import type {
  AnchorHTMLAttributes,
  ButtonHTMLAttributes,
  HTMLAttributes,
  KeyboardEvent,
  MouseEvent,
  ReactNode,
  Ref,
} from 'react';

import { cx } from './class-names';
import { Link } from './link';
import type { LinkComponent } from './link';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

function buttonClassName(variant: ButtonVariant, isStartButton: boolean, className: string | undefined) {
  return cx(
    'govuk-button',
    variant !== 'primary' && `govuk-button--${variant}`,
    isStartButton && 'govuk-button--start',
    className,
  );
}

const startIcon = (
  <svg
    className="govuk-button__start-icon"
    xmlns="http://www.w3.org/2000/svg"
    width="17.5"
    height="19"
    viewBox="0 0 33 40"
    aria-hidden="true"
    focusable="false"
  >
    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
  </svg>
);

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  isStartButton?: boolean;
  /**
   * While true the button refuses clicks and says so with aria-disabled. It is not `disabled`, which
   * would drop keyboard focus to the top of the page mid-submit.
   */
  isPending?: boolean;
  /** Ignores a second click within a second, as govuk-frontend's data-prevent-double-click does. */
  preventDoubleClick?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

const doubleClickWindowMs = 1000;

export function Button({
  variant = 'primary',
  isStartButton = false,
  isPending = false,
  preventDoubleClick = false,
  type = 'submit',
  disabled,
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  const lastClickAt = useRef<number | null>(null);
  // Once the server has answered (pending ends), a click is a new decision, not a double click:
  // someone who fixes an error and sends again at once must not be ignored.
  useEffect(() => {
    if (!isPending) lastClickAt.current = null;
  }, [isPending]);

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (isPending) {
      event.preventDefault();
      return;
    }
    if (preventDoubleClick) {
      const now = event.timeStamp;
      if (lastClickAt.current !== null && now - lastClickAt.current < doubleClickWindowMs) {
        event.preventDefault();
        return;
      }
      lastClickAt.current = now;
    }
    onClick?.(event);
  }

  return (
    <button
      type={type}
      disabled={disabled}
      aria-disabled={disabled || isPending ? true : undefined}
      data-pending={isPending ? true : undefined}
      className={buttonClassName(variant, isStartButton, className)}
      onClick={handleClick}
      {...rest}
    >
      {children}
      {isStartButton ? startIcon : null}
    </button>
  );
}

export type ButtonLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
  variant?: ButtonVariant;
  isStartButton?: boolean;
  children: ReactNode;
  linkAs?: LinkComponent;
};

/** A link that looks like a button, for starting a journey or moving to another page. */
export function ButtonLink({
  href,
  variant = 'primary',
  isStartButton = false,
  className,
  children,
  linkAs,
  onKeyDown,
  ...rest
}: ButtonLinkProps) {
  // role="button" promises that Space activates it, as govuk-frontend's button JavaScript arranges.
  function handleKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    onKeyDown?.(event);
    if (!event.defaultPrevented && event.key === ' ') {
      event.preventDefault();
      event.currentTarget.click();
    }
  }

  return (
    <Link
      href={href}
      role="button"
      draggable="false"
      className={buttonClassName(variant, isStartButton, className)}
      onKeyDown={handleKeyDown}
      linkAs={linkAs}
      {...rest}
    >
      {children}
      {isStartButton ? startIcon : null}
    </Link>
  );
}

export function ButtonGroup({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx('govuk-button-group', className)} {...rest} />;
}
