import { describe, expect, it } from 'vitest';

import { Button, ButtonLink } from './button';
import { ErrorMessage } from './error-message';
import { NotificationBanner } from './notification-banner';
import { Panel } from './panel';
import { TaskList } from './task-list';
import { attribute, render, tagWithId, tags } from './test-markup';
import { WarningText } from './warning-text';

describe('NotificationBanner', () => {
  it('is a labelled region by default', () => {
    const markup = render(
      <NotificationBanner titleId="banner-title" heading="The panel meets on 7 March 2027" />,
    );

    expect(markup).toMatch(
      /^<div class="govuk-notification-banner" role="region" aria-labelledby="banner-title">/,
    );
    expect(tagWithId(markup, 'banner-title')).toBe(
      '<h2 class="govuk-notification-banner__title" id="banner-title">',
    );
    expect(markup).toContain('Important</h2>');
    expect(markup).toContain(
      '<p class="govuk-notification-banner__heading">The panel meets on 7 March 2027</p>',
    );
  });

  it('announces success as an alert', () => {
    const markup = render(<NotificationBanner type="success" heading="Decision recorded" />);

    const banner = tags(markup, 'div')[0] ?? '';
    expect(attribute(banner, 'class')).toBe('govuk-notification-banner govuk-notification-banner--success');
    expect(attribute(banner, 'role')).toBe('alert');
    expect(tagWithId(markup, attribute(banner, 'aria-labelledby') ?? 'missing')).toContain(
      'govuk-notification-banner__title',
    );
    expect(markup).toContain('Success</h2>');
  });
});

describe('Panel', () => {
  it('renders a confirmation panel with an h1', () => {
    expect(render(<Panel title="Request submitted">Your reference is HDJ2123F</Panel>)).toBe(
      '<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Request submitted</h1><div class="govuk-panel__body">Your reference is HDJ2123F</div></div>',
    );
  });
});

describe('ErrorMessage and WarningText', () => {
  it('prefixes an error message with hidden "Error:"', () => {
    expect(render(<ErrorMessage id="x-error">Enter a name</ErrorMessage>)).toBe(
      '<p id="x-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a name</p>',
    );
  });

  it('reads "Warning" in place of the icon', () => {
    expect(render(<WarningText>The plan is overdue</WarningText>)).toContain(
      '<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> The plan is overdue</strong>',
    );
  });
});

describe('Button', () => {
  it('submits by default and takes a variant class', () => {
    expect(render(<Button variant="secondary">Save as draft</Button>)).toBe(
      '<button type="submit" class="govuk-button govuk-button--secondary">Save as draft</button>',
    );
  });

  it('stays focusable but refuses clicks while pending', () => {
    const markup = render(<Button isPending>Record decision</Button>);

    expect(attribute(markup, 'aria-disabled')).toBe('true');
    expect(markup).not.toContain(' disabled=');
  });

  it('renders a link button with role button', () => {
    expect(
      render(
        <ButtonLink href="/requests/new" isStartButton>
          Start now
        </ButtonLink>,
      ),
    ).toContain(
      '<a href="/requests/new" role="button" draggable="false" class="govuk-button govuk-button--start">Start now<svg class="govuk-button__start-icon"',
    );
  });
});

describe('TaskList', () => {
  it('links each task and describes it by its hint and status', () => {
    const markup = render(
      <TaskList
        items={[
          { title: 'Child’s details', href: '/child', status: 'completed' },
          { title: 'Evidence', href: '/evidence', hint: 'Reports from professionals', status: 'incomplete' },
          { title: 'Check and submit', status: 'cannot-start-yet' },
        ]}
      />,
    );

    expect(markup).toContain(
      '<a class="govuk-link govuk-task-list__link" href="/child" aria-describedby="task-list-1-status">',
    );
    expect(markup).toContain('<div class="govuk-task-list__status" id="task-list-1-status">Completed</div>');
    expect(markup).toContain('aria-describedby="task-list-2-hint task-list-2-status"');
    expect(markup).toContain('<strong class="govuk-tag">Incomplete</strong>');
    expect(markup).toContain(
      '<div class="govuk-task-list__status govuk-task-list__status--cannot-start-yet" id="task-list-3-status">Cannot start yet</div>',
    );
    expect(markup).toContain(
      '<li class="govuk-task-list__item"><div class="govuk-task-list__name-and-hint"><div>Check and submit</div>',
    );
  });
});
