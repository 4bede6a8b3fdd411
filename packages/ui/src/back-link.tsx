import type { AnchorHTMLAttributes } from 'react';

import { cx } from './class-names';
import { Link } from './link';
import type { LinkComponent } from './link';

export type BackLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
  isInverse?: boolean;
  linkAs?: LinkComponent;
};

export function BackLink({ href, isInverse = false, className, children, linkAs, ...rest }: BackLinkProps) {
  return (
    <Link
      href={href}
      className={cx('govuk-back-link', isInverse && 'govuk-back-link--inverse', className)}
      linkAs={linkAs}
      {...rest}
    >
      {children ?? 'Back'}
    </Link>
  );
}
