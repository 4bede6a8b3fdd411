import { describe, expect, it } from 'vitest';

import { Radios } from './radios';
import { attribute, render, tagWithId, tags } from './test-markup';

const outcomes = [
  { value: 'assess', label: 'Agree to assess' },
  { value: 'decline', label: 'Decline to assess', conditional: <p>Reasons</p> },
];

describe('Radios', () => {
  it('groups the options in a fieldset with a legend', () => {
    const markup = render(
      <Radios name="outcome" legend="What did the panel decide?" legendSize="m" items={outcomes} />,
    );

    expect(markup).toContain(
      '<fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">What did the panel decide?</legend>',
    );
  });

  it('ids the first option by the name alone so the error summary can link to it', () => {
    const markup = render(<Radios name="outcome" legend="Outcome" items={outcomes} />);

    expect(tagWithId(markup, 'outcome')).toContain('value="assess"');
    expect(tagWithId(markup, 'outcome-2')).toContain('value="decline"');
    expect(markup).toContain('<label class="govuk-label govuk-radios__label" for="outcome-2">');
  });

  it('checks the option matching the value', () => {
    const markup = render(
      <Radios name="outcome" legend="Outcome" items={outcomes} value="decline" onChange={() => undefined} />,
    );

    expect(attribute(tagWithId(markup, 'outcome'), 'checked')).toBeUndefined();
    expect(tagWithId(markup, 'outcome-2')).toContain('checked=""');
  });

  it('reveals conditional content only under the checked option', () => {
    const unchecked = render(
      <Radios name="outcome" legend="Outcome" items={outcomes} value="assess" onChange={() => undefined} />,
    );
    const checked = render(
      <Radios name="outcome" legend="Outcome" items={outcomes} value="decline" onChange={() => undefined} />,
    );

    expect(tagWithId(unchecked, 'conditional-outcome-2')).toBe(
      '<div class="govuk-radios__conditional govuk-radios__conditional--hidden" id="conditional-outcome-2" hidden="">',
    );
    expect(tagWithId(checked, 'conditional-outcome-2')).toBe(
      '<div class="govuk-radios__conditional" id="conditional-outcome-2">',
    );
    expect(attribute(tagWithId(checked, 'outcome-2'), 'aria-controls')).toBe('conditional-outcome-2');
  });

  it('describes the fieldset by the hint and error', () => {
    const markup = render(
      <Radios
        name="outcome"
        legend="Outcome"
        hint="Select one"
        error="Select the panel’s decision"
        items={outcomes}
      />,
    );

    expect(attribute(tags(markup, 'fieldset')[0] ?? '', 'aria-describedby')).toBe(
      'outcome-hint outcome-error',
    );
    expect(markup).toContain('<div class="govuk-form-group govuk-form-group--error">');
  });

  it('describes an option by its own hint', () => {
    const markup = render(
      <Radios
        name="role"
        legend="Role"
        items={[{ value: 'senco', label: 'SENCo', hint: 'Works in a school' }]}
      />,
    );

    expect(attribute(tagWithId(markup, 'role'), 'aria-describedby')).toBe('role-item-hint');
    expect(tagWithId(markup, 'role-item-hint')).toBe(
      '<div id="role-item-hint" class="govuk-hint govuk-radios__hint">',
    );
  });

  it('lays out inline and small variants', () => {
    const markup = render(
      <Radios
        name="consent"
        legend="Consent given?"
        isInline
        isSmall
        items={[{ value: 'yes', label: 'Yes' }, { divider: 'or' }, { value: 'no', label: 'No' }]}
      />,
    );

    expect(markup).toContain('<div class="govuk-radios govuk-radios--inline govuk-radios--small">');
    expect(markup).toContain('<div class="govuk-radios__divider">or</div>');
    expect(tagWithId(markup, 'consent-3')).toContain('value="no"');
  });
});
