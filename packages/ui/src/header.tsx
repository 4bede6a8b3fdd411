import type { ReactNode } from 'react';

import { cx } from './class-names';
import { GovukLogo } from './govuk-logo';
import { Link } from './link';
import type { LinkComponent } from './link';
import { ServiceNavigation } from './service-navigation';

export type HeaderProps = {
  /**
   * `govuk` draws the GOV.UK header with the crown and logotype. Only services on GOV.UK may use it;
   * `generic` draws govuk-frontend's generic header with `logo` (or the service name) instead.
   */
  variant?: 'govuk' | 'generic';
  /** Where the logo links. Defaults to `//gov.uk` for the GOV.UK header and `/` for the generic one. */
  homepageUrl?: string;
  /** Shown after the GOV.UK logotype, e.g. "Design System". Not the service name. */
  productName?: ReactNode;
  /** Content of the generic header's logo link. Defaults to `serviceName`. */
  logo?: ReactNode;
  /** Rendered in a ServiceNavigation below the header when `navigation` is not given. */
  serviceName?: string;
  serviceUrl?: string;
  /** Usually a `<ServiceNavigation />` with the service name, items and the signed-in user's links. */
  navigation?: ReactNode;
  containerClassName?: string;
  className?: string;
  linkAs?: LinkComponent;
};

/** The page's banner landmark: the header followed by the service navigation, as govuk-frontend 6's page template lays them out. */
export function Header({
  variant = 'govuk',
  homepageUrl,
  productName,
  logo,
  serviceName,
  serviceUrl,
  navigation,
  containerClassName,
  className,
  linkAs,
}: HeaderProps) {
  const namespace = variant === 'govuk' ? 'govuk-header' : 'govuk-generic-header';
  const href = homepageUrl ?? (variant === 'govuk' ? '//gov.uk' : '/');

  return (
    <header className="govuk-template__header">
      <div className={cx(namespace, className)}>
        <div className={cx(`${namespace}__container`, containerClassName ?? 'govuk-width-container')}>
          <div className={`${namespace}__logo`}>
            <Link href={href} className={`${namespace}__homepage-link`} linkAs={linkAs}>
              {variant === 'govuk' ? (
                <>
                  <GovukLogo className="govuk-header__logotype" ariaLabelText="GOV.UK" />
                  {productName ? <span className="govuk-header__product-name">{productName}</span> : null}
                </>
              ) : (
                (logo ?? serviceName)
              )}
            </Link>
          </div>
        </div>
      </div>
      {navigation ??
        (serviceName ? (
          <ServiceNavigation serviceName={serviceName} serviceUrl={serviceUrl} linkAs={linkAs} />
        ) : null)}
    </header>
  );
}
