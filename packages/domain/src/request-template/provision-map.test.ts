import { describe, expect, it } from 'vitest';

import { plainDate } from '../plain-date';
import { exampleCompleteRequestAnswers } from './example';
import { provisionMapTotal } from './provision-map';

describe('provisionMapTotal', () => {
  it('adds up the cost of every line of the example provision map', () => {
    expect(provisionMapTotal(exampleCompleteRequestAnswers(plainDate('2026-03-15')))).toBe(9880);
  });

  it('counts typed costs and treats lines without a cost as nothing', () => {
    const answers = {
      graduatedApproach: { provisionMap: [{ cost: '1,250' }, { cost: 'lots' }, {}, { cost: 300 }] },
    };
    expect(provisionMapTotal(answers)).toBe(1550);
  });

  it('is nothing before any line is added', () => {
    expect(provisionMapTotal({})).toBe(0);
  });
});
