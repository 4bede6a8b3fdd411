import { describe, expect, it } from 'vitest';

import { SummaryList } from './summary-list';
import { render } from './test-markup';

describe('SummaryList', () => {
  it('renders keys, values and a change link with hidden context', () => {
    const markup = render(
      <SummaryList
        rows={[
          {
            key: 'Name',
            value: 'Ada Lovelace',
            actions: [{ href: '/child/name', text: 'Change', visuallyHiddenText: 'name' }],
          },
          { key: 'Date of birth', value: '7 March 2015' },
        ]}
      />,
    );

    expect(markup).toContain(
      '<dt class="govuk-summary-list__key">Name</dt><dd class="govuk-summary-list__value">Ada Lovelace</dd>',
    );
    expect(markup).toContain(
      '<dd class="govuk-summary-list__actions"><a class="govuk-link" href="/child/name">Change<span class="govuk-visually-hidden"> name</span></a></dd>',
    );
    expect(markup).toContain('<div class="govuk-summary-list__row govuk-summary-list__row--no-actions">');
  });

  it('adds the card title to each action for screen readers', () => {
    const markup = render(
      <SummaryList
        card={{ title: 'Parent 1' }}
        rows={[
          {
            key: 'Name',
            value: 'Grace',
            actions: [{ href: '#', text: 'Change', visuallyHiddenText: 'name' }],
          },
        ]}
      />,
    );

    expect(markup).toContain('<h2 class="govuk-summary-card__title">Parent 1</h2>');
    expect(markup).toContain('<span class="govuk-visually-hidden"> name (Parent 1)</span>');
  });

  it('renders an action without an href as a button', () => {
    const markup = render(
      <SummaryList
        rows={[
          {
            key: 'File',
            value: 'report.pdf',
            actions: [{ text: 'Remove', visuallyHiddenText: 'report.pdf', onClick: () => undefined }],
          },
        ]}
      />,
    );

    expect(markup).toContain(
      '<button type="button" class="govuk-link app-link-button">Remove<span class="govuk-visually-hidden"> report.pdf</span></button>',
    );
  });
});
