import type { AnchorHTMLAttributes, MouseEvent } from 'react';

import { cx } from './class-names';
import { focusElement } from './focus';

export type SkipLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href?: string };

export function SkipLink({ href = '#main-content', className, children, onClick, ...rest }: SkipLinkProps) {
  // Focus the target ourselves, as govuk-frontend's JavaScript would, so that the next Tab continues
  // from the main content and a client-side router never sees a hash change.
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || !href.startsWith('#')) {
      return;
    }
    const target = document.getElementById(href.slice(1));
    if (target) {
      event.preventDefault();
      focusElement(target, { focusedClassName: 'govuk-skip-link-focused-element' });
      target.scrollIntoView();
    }
  }

  return (
    <a href={href} className={cx('govuk-skip-link', className)} onClick={handleClick} {...rest}>
      {children ?? 'Skip to main content'}
    </a>
  );
}
