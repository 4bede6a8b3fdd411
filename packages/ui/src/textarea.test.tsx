import { describe, expect, it } from 'vitest';

import { countMessage, Textarea } from './textarea';
import { attribute, render, tagWithId } from './test-markup';

describe('Textarea', () => {
  it('ties the label, hint and error to the textarea', () => {
    const markup = render(
      <Textarea
        id="reasons"
        label="Reasons"
        hint="Give the main reasons"
        error="Enter the reasons for the decision"
      />,
    );

    const textarea = tagWithId(markup, 'reasons');
    expect(markup).toContain('<label class="govuk-label" for="reasons">Reasons</label>');
    expect(attribute(textarea, 'aria-describedby')).toBe('reasons-hint reasons-error');
    expect(attribute(textarea, 'rows')).toBe('5');
    expect(attribute(textarea, 'class')).toBe('govuk-textarea govuk-textarea--error');
  });

  it('counts the characters remaining and describes the limit', () => {
    const markup = render(
      <Textarea
        id="reasons"
        label="Reasons"
        characterLimit={20}
        value="Twelve chars"
        onChange={() => undefined}
      />,
    );

    expect(attribute(tagWithId(markup, 'reasons'), 'aria-describedby')).toBe('reasons-info');
    expect(attribute(tagWithId(markup, 'reasons'), 'maxlength')).toBeUndefined();
    expect(markup).toContain('You can enter up to 20 characters');
    expect(markup).toContain('aria-hidden="true">You have 8 characters remaining</div>');
    expect(markup).toContain(
      '<div class="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">You have 8 characters remaining</div>',
    );
  });

  it('shows going over the limit as an error', () => {
    const markup = render(<Textarea id="note" label="Note" characterLimit={3} defaultValue="Four" />);

    expect(markup).toContain('You have 1 character too many');
    expect(attribute(tagWithId(markup, 'note'), 'class')).toContain('govuk-textarea--error');
  });

  it.each([
    [2, 'You have 2 characters remaining'],
    [1, 'You have 1 character remaining'],
    [0, 'You have 0 characters remaining'],
    [-3, 'You have 3 characters too many'],
  ])('words the count for %i remaining', (remaining, message) => {
    expect(countMessage(remaining)).toBe(message);
  });
});
