import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

import { cx } from './class-names';
import { focusElement } from './focus';

export type NotificationBannerProps = {
  type?: 'info' | 'success';
  /** Defaults to "Important", or "Success" for a success banner. */
  title?: ReactNode;
  titleId?: string;
  titleHeadingLevel?: 2 | 3 | 4 | 5 | 6;
  /** A single line of content, styled as the banner's heading. */
  heading?: ReactNode;
  children?: ReactNode;
  /**
   * Defaults to true for success banners, which have role="alert", as govuk-frontend does on page
   * load. Pass false when the banner is not the result of the user's last action.
   */
  isFocusedOnMount?: boolean;
  role?: 'region' | 'alert';
  className?: string;
};

export function NotificationBanner({
  type = 'info',
  title,
  titleId,
  titleHeadingLevel = 2,
  heading,
  children,
  isFocusedOnMount,
  role,
  className,
}: NotificationBannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const generatedId = useId();
  const isSuccess = type === 'success';
  const effectiveTitleId = titleId ?? `${generatedId}-title`;
  // A success banner reports the outcome of the user's last action, so it interrupts; anything else
  // is a landmark the user can find.
  const effectiveRole = role ?? (isSuccess ? 'alert' : 'region');
  const shouldFocus = isFocusedOnMount ?? effectiveRole === 'alert';
  const Heading = `h${titleHeadingLevel}` as const;

  useEffect(() => {
    if (shouldFocus && ref.current) {
      focusElement(ref.current);
    }
  }, [shouldFocus]);

  return (
    <div
      ref={ref}
      className={cx(
        'govuk-notification-banner',
        isSuccess && 'govuk-notification-banner--success',
        className,
      )}
      role={effectiveRole}
      aria-labelledby={effectiveTitleId}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={effectiveTitleId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
