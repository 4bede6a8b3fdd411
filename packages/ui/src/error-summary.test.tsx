import { describe, expect, it } from 'vitest';

import { ErrorSummary } from './error-summary';
import { render } from './test-markup';

describe('ErrorSummary', () => {
  it('links each error to the field to fix', () => {
    const markup = render(
      <ErrorSummary
        errors={[
          { href: '#reasons', text: 'Enter the reasons for the decision' },
          { href: '#decided-on-day', text: 'Date of the decision must include a year' },
        ]}
      />,
    );

    expect(markup).toContain('<a href="#reasons">Enter the reasons for the decision</a>');
    expect(markup).toContain('<a href="#decided-on-day">Date of the decision must include a year</a>');
  });

  it('titles the summary "There is a problem" and announces it as an alert', () => {
    const markup = render(<ErrorSummary errors={[{ href: '#a', text: 'Enter a' }]} />);

    expect(markup).toMatch(
      /^<div class="govuk-error-summary" tabindex="-1"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem<\/h2>/,
    );
    expect(markup).toContain('<ul class="govuk-list govuk-error-summary__list">');
  });

  it('renders nothing when there are no errors', () => {
    expect(render(<ErrorSummary errors={[]} />)).toBe('');
  });

  it('shows an error without a link as text', () => {
    const markup = render(
      <ErrorSummary errors={[{ text: 'The request has changed since you opened it' }]} />,
    );

    expect(markup).toContain('<li>The request has changed since you opened it</li>');
  });
});
