import { describe, expect, it } from 'vitest';

import { Tag } from './tag';
import { render } from './test-markup';

describe('Tag', () => {
  it('is blue without a modifier by default', () => {
    expect(render(<Tag>Received</Tag>)).toBe('<strong class="govuk-tag">Received</strong>');
  });

  it.each([
    ['grey', 'govuk-tag--grey'],
    ['green', 'govuk-tag--green'],
    ['red', 'govuk-tag--red'],
    ['yellow', 'govuk-tag--yellow'],
    ['turquoise', 'govuk-tag--teal'],
    ['pink', 'govuk-tag--magenta'],
  ] as const)('adds the %s colour class', (colour, className) => {
    expect(render(<Tag colour={colour}>Status</Tag>)).toBe(
      `<strong class="govuk-tag ${className}">Status</strong>`,
    );
  });
});
