import { describe, expect, it } from 'vitest';

import { BackLink } from './back-link';
import { Footer } from './footer';
import { Header } from './header';
import { LinkProvider } from './link';
import type { LinkProps } from './link';
import { ServiceNavigation } from './service-navigation';
import { SkipLink } from './skip-link';
import { attribute, render, tags } from './test-markup';
import { Main } from './width-container';

function RouterLink({ href, ...rest }: LinkProps) {
  return <a data-router-link="" href={href} {...rest} />;
}

describe('Header', () => {
  it('wraps the GOV.UK header and service name in the banner landmark', () => {
    const markup = render(<Header serviceName="Casework" serviceUrl="/" />);

    expect(markup).toMatch(/^<header class="govuk-template__header"><div class="govuk-header">/);
    expect(markup).toContain('<a href="//gov.uk" class="govuk-header__homepage-link">');
    expect(markup).toContain('aria-label="GOV.UK"><title>GOV.UK</title>');
    expect(markup).toContain('<section aria-label="Service information" class="govuk-service-navigation">');
  });

  it('uses the generic header for a service not on GOV.UK', () => {
    const markup = render(<Header variant="generic" logo="Casework" />);

    expect(markup).toContain('<div class="govuk-generic-header">');
    expect(markup).toContain('<a href="/" class="govuk-generic-header__homepage-link">Casework</a>');
    expect(markup).not.toContain('<svg');
  });
});

describe('ServiceNavigation', () => {
  it('marks the active and current items', () => {
    const markup = render(
      <ServiceNavigation
        serviceName="Casework"
        items={[
          { href: '/requests', text: 'Requests', active: true },
          { href: '/plans', text: 'Plans', current: true },
          { href: '/reviews', text: 'Reviews' },
        ]}
        end={<p>Signed in as Ada</p>}
      />,
    );

    expect(markup).toContain(
      '<li class="govuk-service-navigation__item govuk-service-navigation__item--active"><a class="govuk-service-navigation__link" href="/requests" aria-current="true"><strong class="govuk-service-navigation__active-fallback">Requests</strong></a></li>',
    );
    expect(markup).toContain('href="/plans" aria-current="page"');
    expect(markup).toContain('<a class="govuk-service-navigation__link" href="/reviews">Reviews</a>');
    expect(markup).toContain('<p>Signed in as Ada</p>');
  });

  it('renders the menu button hidden until a small screen is detected', () => {
    const markup = render(
      <ServiceNavigation
        items={[
          { href: '/a', text: 'A' },
          { href: '/b', text: 'B' },
        ]}
      />,
    );

    const button = tags(markup, 'button')[0] ?? '';
    expect(attribute(button, 'hidden')).toBe('');
    expect(attribute(button, 'aria-controls')).toBe('navigation');
    expect(attribute(tags(markup, 'ul')[0] ?? '', 'hidden')).toBeUndefined();
    expect(markup).toMatch(/^<div class="govuk-service-navigation">/);
  });

  it('routes in-app links through the provided link component but not external ones', () => {
    const markup = render(
      <LinkProvider component={RouterLink}>
        <ServiceNavigation
          items={[
            { href: '/requests', text: 'Requests' },
            { href: 'https://www.gov.uk/', text: 'GOV.UK' },
          ]}
        />
      </LinkProvider>,
    );

    expect(markup).toContain('<a data-router-link="" href="/requests"');
    expect(markup).toContain('<a class="govuk-service-navigation__link" href="https://www.gov.uk/">');
  });
});

describe('SkipLink, Main and BackLink', () => {
  it('skips to the main content by default', () => {
    expect(render(<SkipLink />)).toBe(
      '<a href="#main-content" class="govuk-skip-link">Skip to main content</a>',
    );
    expect(render(<Main>Content</Main>)).toBe(
      '<main id="main-content" class="govuk-main-wrapper">Content</main>',
    );
  });

  it('labels the back link "Back" unless told otherwise', () => {
    expect(render(<BackLink href="/requests" />)).toBe(
      '<a href="/requests" class="govuk-back-link">Back</a>',
    );
  });
});

describe('Footer', () => {
  it('lists the meta links under a hidden heading', () => {
    const markup = render(
      <Footer metaLinks={[{ href: '/accessibility', text: 'Accessibility statement' }]} />,
    );

    expect(markup).toMatch(/^<footer class="govuk-template__footer"><div class="govuk-footer">/);
    expect(markup).toContain('<h2 class="govuk-visually-hidden">Support links</h2>');
    expect(markup).toContain(
      '<a class="govuk-footer__link" href="/accessibility">Accessibility statement</a>',
    );
    expect(markup).toContain('© Crown copyright');
  });

  it('can leave out the crown, licence and Crown copyright', () => {
    const markup = render(<Footer hasCrown={false} contentLicence={null} copyright={null} />);

    expect(markup).not.toContain('<svg');
    expect(markup).not.toContain('Crown copyright');
  });
});
