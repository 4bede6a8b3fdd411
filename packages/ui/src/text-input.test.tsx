import { describe, expect, it } from 'vitest';

import { attribute, render, tagWithId } from './test-markup';
import { TextInput } from './text-input';

describe('TextInput', () => {
  it('ties the label to the input', () => {
    const markup = render(<TextInput id="child-name" label="Child’s full name" />);

    expect(markup).toContain('<label class="govuk-label" for="child-name">Child’s full name</label>');
    expect(attribute(tagWithId(markup, 'child-name'), 'name')).toBe('child-name');
  });

  it('describes the input by its hint and then its error', () => {
    const markup = render(
      <TextInput id="urn" label="School URN" hint="6 digits" error="Enter the school’s URN" />,
    );

    const input = tagWithId(markup, 'urn');
    expect(attribute(input, 'aria-describedby')).toBe('urn-hint urn-error');
    expect(tagWithId(markup, 'urn-hint')).toContain('class="govuk-hint"');
    expect(markup).toContain(
      '<p id="urn-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter the school’s URN</p>',
    );
    expect(attribute(input, 'class')).toBe('govuk-input govuk-input--error');
    expect(markup).toMatch(/^<div class="govuk-form-group govuk-form-group--error">/);
  });

  it('has no aria-describedby when there is neither hint nor error', () => {
    const markup = render(<TextInput id="email" label="Email address" />);

    expect(attribute(tagWithId(markup, 'email'), 'aria-describedby')).toBeUndefined();
  });

  it('passes input attributes through for controlled use', () => {
    const markup = render(
      <TextInput
        id="email"
        label="Email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        inputMode="email"
        width="govuk-input--width-20"
        value="a@example.org"
        onChange={() => undefined}
      />,
    );

    const input = tagWithId(markup, 'email');
    expect(attribute(input, 'type')).toBe('email');
    expect(attribute(input, 'autocomplete')).toBe('email');
    expect(attribute(input, 'spellcheck')).toBe('false');
    expect(attribute(input, 'inputmode')).toBe('email');
    expect(attribute(input, 'value')).toBe('a@example.org');
    expect(attribute(input, 'class')).toBe('govuk-input govuk-input--width-20');
  });

  it('hides the prefix and suffix from screen readers', () => {
    const markup = render(<TextInput id="cost" label="Cost, in pounds" prefix="£" suffix="per week" />);

    expect(markup).toContain(
      '<div class="govuk-input__wrapper"><div class="govuk-input__prefix" aria-hidden="true">£</div>',
    );
    expect(markup).toContain('<div class="govuk-input__suffix" aria-hidden="true">per week</div></div>');
  });

  it('puts the label inside the h1 when it is the page heading', () => {
    const markup = render(<TextInput id="name" label="What is your name?" labelSize="l" isPageHeading />);

    expect(markup).toContain(
      '<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="name">',
    );
  });
});
