import { describe, expect, it } from 'vitest';

import { DateInput } from './date-input';
import { attribute, render, tagWithId, tags } from './test-markup';

const value = { day: '7', month: '3', year: '2027' };

describe('DateInput', () => {
  it('ids the fields from the group id as GOV.UK does', () => {
    const markup = render(
      <DateInput
        id="received-on"
        legend="When was the request received?"
        value={value}
        onChange={() => undefined}
      />,
    );

    expect(tagWithId(markup, 'received-on')).toBe('<div class="govuk-date-input" id="received-on">');
    expect(attribute(tagWithId(markup, 'received-on-day'), 'value')).toBe('7');
    expect(attribute(tagWithId(markup, 'received-on-month'), 'name')).toBe('received-on-month');
    expect(attribute(tagWithId(markup, 'received-on-year'), 'class')).toBe(
      'govuk-input govuk-date-input__input govuk-input--width-4',
    );
    expect(markup).toContain(
      '<label class="govuk-label govuk-date-input__label" for="received-on-day">Day</label>',
    );
    expect(attribute(tagWithId(markup, 'received-on-day'), 'inputmode')).toBe('numeric');
  });

  it('groups the fields in a fieldset with role group described by the hint and error', () => {
    const markup = render(
      <DateInput
        id="dob"
        legend="Date of birth"
        hint="For example, 27 3 2015"
        error="Enter a date of birth in the past"
      />,
    );

    const fieldset = tags(markup, 'fieldset')[0] ?? '';
    expect(attribute(fieldset, 'role')).toBe('group');
    expect(attribute(fieldset, 'aria-describedby')).toBe('dob-hint dob-error');
  });

  it('highlights every field when the error names none', () => {
    const markup = render(<DateInput id="dob" legend="Date of birth" error="Enter a date of birth" />);

    for (const field of ['day', 'month', 'year']) {
      expect(attribute(tagWithId(markup, `dob-${field}`), 'class')).toContain('govuk-input--error');
    }
  });

  it('highlights only the fields the error is about', () => {
    const markup = render(
      <DateInput
        id="dob"
        legend="Date of birth"
        error="Date of birth must include a year"
        errorFields={['year']}
      />,
    );

    expect(attribute(tagWithId(markup, 'dob-day'), 'class')).not.toContain('govuk-input--error');
    expect(attribute(tagWithId(markup, 'dob-year'), 'class')).toContain('govuk-input--error');
  });

  it('asks the browser for the birthday parts of a date of birth', () => {
    const markup = render(<DateInput id="dob" legend="Date of birth" isDateOfBirth />);

    expect(attribute(tagWithId(markup, 'dob-month'), 'autocomplete')).toBe('bday-month');
  });
});
