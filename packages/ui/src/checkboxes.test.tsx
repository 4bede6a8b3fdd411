import { describe, expect, it } from 'vitest';

import { Checkboxes, nextCheckboxValues } from './checkboxes';
import type { CheckboxItem } from './checkboxes';
import { attribute, render, tagWithId } from './test-markup';

const needs: CheckboxItem[] = [
  { value: 'communication', label: 'Communication and interaction' },
  { value: 'sensory', label: 'Sensory and physical', conditional: <p>Details</p> },
  { divider: 'or' },
  { value: 'none', label: 'None of these', isExclusive: true },
];

describe('Checkboxes', () => {
  it('ticks every value given', () => {
    const markup = render(
      <Checkboxes
        name="needs"
        legend="Areas of need"
        items={needs}
        values={['communication', 'sensory']}
        onChange={() => undefined}
      />,
    );

    expect(tagWithId(markup, 'needs')).toContain('checked=""');
    expect(tagWithId(markup, 'needs-2')).toContain('checked=""');
    expect(attribute(tagWithId(markup, 'needs-2'), 'aria-expanded')).toBe('true');
    expect(tagWithId(markup, 'needs-4')).not.toContain('checked');
  });

  it('marks an exclusive option for "None of these"', () => {
    const markup = render(<Checkboxes name="needs" legend="Areas of need" items={needs} />);

    expect(attribute(tagWithId(markup, 'needs-4'), 'data-behaviour')).toBe('exclusive');
  });

  it('clears the other options when an exclusive one is ticked, and the reverse', () => {
    expect(nextCheckboxValues(needs, ['communication', 'sensory'], 'none', true)).toEqual(['none']);
    expect(nextCheckboxValues(needs, ['none'], 'sensory', true)).toEqual(['sensory']);
    expect(nextCheckboxValues(needs, ['communication', 'sensory'], 'sensory', false)).toEqual([
      'communication',
    ]);
  });

  it('without a legend, describes each checkbox by the hint and error', () => {
    const markup = render(
      <Checkboxes
        name="confirm"
        error="Confirm that the family agreed"
        items={[{ value: 'yes', label: 'The family agreed to the request' }]}
      />,
    );

    expect(markup).not.toContain('<fieldset');
    expect(attribute(tagWithId(markup, 'confirm'), 'aria-describedby')).toBe('confirm-error');
  });
});
