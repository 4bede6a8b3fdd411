import { useState, useSyncExternalStore } from 'react';
import type { MouseEvent, ReactNode } from 'react';

import { cx } from './class-names';
import { Link } from './link';
import type { LinkComponent } from './link';

export type ServiceNavigationItem = {
  text: ReactNode;
  /** Without an href the item is plain text. */
  href?: string;
  /** The page is inside this section: aria-current="true". */
  active?: boolean;
  /** This is the page itself: aria-current="page". */
  current?: boolean;
  key?: string;
};

export type ServiceNavigationProps = {
  serviceName?: ReactNode;
  serviceUrl?: string | undefined;
  items?: ServiceNavigationItem[];
  /** aria-label of the nav. Defaults to the menu button text. */
  navigationLabel?: string;
  menuButtonText?: string;
  navigationId?: string;
  /** aria-label of the section landmark. */
  ariaLabel?: string;
  /** Defaults to collapsing behind a menu button on small screens when there is more than one item. */
  collapseNavigationOnMobile?: boolean;
  /** Slot before the service name. */
  start?: ReactNode;
  /** Slot after the navigation: the signed-in user's name, an organisation switcher, a sign out link. */
  end?: ReactNode;
  /** Puts the end slot on the same line as the navigation on wide screens. */
  isEndInline?: boolean;
  /** `<li>` elements placed before or after the items inside the navigation list. */
  navigationStart?: ReactNode;
  navigationEnd?: ReactNode;
  className?: string;
  navigationClassName?: string;
  linkAs?: LinkComponent | undefined;
};

// govuk-frontend's tablet breakpoint, $govuk-breakpoints.tablet.
const tabletQuery = '(min-width: 40.0625em)';

function subscribeToWidth(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') {
    return () => undefined;
  }
  const query = window.matchMedia(tabletQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isWideScreen(): boolean | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(tabletQuery).matches : null;
}

function useIsWideScreen(): boolean | null {
  return useSyncExternalStore(subscribeToWidth, isWideScreen, () => null);
}

export function ServiceNavigation({
  serviceName,
  serviceUrl,
  items = [],
  menuButtonText = 'Menu',
  navigationLabel,
  navigationId = 'navigation',
  ariaLabel = 'Service information',
  collapseNavigationOnMobile,
  start,
  end,
  isEndInline = false,
  navigationStart,
  navigationEnd,
  className,
  navigationClassName,
  linkAs,
}: ServiceNavigationProps) {
  const isWide = useIsWideScreen();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const isCollapsible = collapseNavigationOnMobile ?? items.length > 1;
  // Until the media query has run (and on the server) the menu is shown and the button hidden, as
  // govuk-frontend renders it before its JavaScript starts.
  const isCollapsed = isCollapsible && isWide === false;
  const hasNavigation = items.length > 0 || Boolean(navigationStart) || Boolean(navigationEnd);

  function closeMenuAfterLinkClick(event: MouseEvent<HTMLUListElement>) {
    if (event.target instanceof Element && event.target.closest('a')) {
      setIsMenuOpen(false);
    }
  }

  const inner = (
    <div
      className={cx('govuk-width-container', isEndInline && 'govuk-service-navigation__inlining-container')}
    >
      {start}
      <div className="govuk-service-navigation__container">
        {serviceName ? (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <Link href={serviceUrl} className="govuk-service-navigation__link" linkAs={linkAs}>
                {serviceName}
              </Link>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        ) : null}
        {hasNavigation ? (
          <nav
            aria-label={navigationLabel ?? menuButtonText}
            className={cx('govuk-service-navigation__wrapper', navigationClassName)}
          >
            {isCollapsible ? (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                hidden={!isCollapsed}
                aria-hidden={isCollapsed ? undefined : true}
                aria-expanded={isCollapsed ? isMenuOpen : undefined}
                onClick={() => setIsMenuOpen((isOpen) => !isOpen)}
              >
                {menuButtonText}
              </button>
            ) : null}
            <ul
              className="govuk-service-navigation__list"
              id={navigationId}
              hidden={isCollapsed && !isMenuOpen}
              onClick={closeMenuAfterLinkClick}
            >
              {navigationStart}
              {items.map((item, index) => {
                const isActive = Boolean(item.active || item.current);
                const ariaCurrent = item.current ? 'page' : item.active ? 'true' : undefined;
                // The strong keeps the current item identifiable when users override colours.
                const content = isActive ? (
                  <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                ) : (
                  item.text
                );
                return (
                  <li
                    key={item.key ?? item.href ?? index}
                    className={cx(
                      'govuk-service-navigation__item',
                      isActive && 'govuk-service-navigation__item--active',
                    )}
                  >
                    {item.href ? (
                      <Link
                        className="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={ariaCurrent}
                        linkAs={linkAs}
                      >
                        {content}
                      </Link>
                    ) : (
                      <span className="govuk-service-navigation__text" aria-current={ariaCurrent}>
                        {content}
                      </span>
                    )}
                  </li>
                );
              })}
              {navigationEnd}
            </ul>
          </nav>
        ) : null}
      </div>
      {end}
    </div>
  );

  if (serviceName || start || end) {
    return (
      <section aria-label={ariaLabel} className={cx('govuk-service-navigation', className)}>
        {inner}
      </section>
    );
  }
  return <div className={cx('govuk-service-navigation', className)}>{inner}</div>;
}
