import { describe, expect, it } from 'vitest';

import { plainDate } from '../plain-date';
import { childSummary } from './child-summary';
import { exampleCompleteRequestAnswers } from './example';

describe('childSummary', () => {
  it('gives the name, date of birth and UPN of the example child', () => {
    expect(childSummary(exampleCompleteRequestAnswers(plainDate('2026-03-15')))).toEqual({
      legalName: 'Amelia Grace Thompson',
      dateOfBirth: '2015-11-15',
      upn: 'T886123419001',
    });
  });

  it('leaves out what has not been answered', () => {
    expect(childSummary({})).toEqual({ legalName: null, dateOfBirth: null, upn: null });
  });

  it('leaves out a date of birth that is not a real date and a UPN that fails its check', () => {
    expect(
      childSummary({ child: { legalName: '  Sam ', dateOfBirth: '2015-02-30', upn: 'C886123419001' } }),
    ).toEqual({
      legalName: 'Sam',
      dateOfBirth: null,
      upn: null,
    });
  });
});
