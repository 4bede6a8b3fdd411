import { describe, expect, it } from 'vitest';

import { StatutoryRuleBroken, ValidationFailed } from '../errors';
import { plainDate } from '../plain-date';
import { assertDateNotBefore, assertFinalPlanAfterCommentPeriod, assertNotInFuture } from './date-assertions';

const pd = plainDate;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error');
}

describe('assertDateNotBefore', () => {
  const received = { on: pd('2026-09-07'), label: 'the date the request was received' };

  it('accepts the same day and later days', () => {
    expect(() =>
      assertDateNotBefore('decision date', pd('2026-09-07'), received, 'decisionToAssessOn'),
    ).not.toThrow();
    expect(() =>
      assertDateNotBefore('decision date', pd('2026-10-19'), received, 'decisionToAssessOn'),
    ).not.toThrow();
  });

  it('refuses a decision the day before the request was received', () => {
    const error = thrown(() =>
      assertDateNotBefore('decision date', pd('2026-09-06'), received, 'decisionToAssessOn'),
    );
    expect(error).toBeInstanceOf(StatutoryRuleBroken);
    expect(error).toMatchObject({
      code: 'STATUTORY_RULE_BROKEN',
      field: 'decisionToAssessOn',
      reason: 'The decision date must be the same as or after the date the request was received',
    });
  });

  it('names the earliest date in full when it has no label', () => {
    expect(
      thrown(() =>
        assertDateNotBefore('decision date', pd('2026-12-31'), pd('2027-01-01'), 'decisionToAssessOn'),
      ),
    ).toMatchObject({
      reason: 'The decision date must be the same as or after 1 January 2027',
    });
  });
});

describe('assertNotInFuture', () => {
  it('accepts today and the past', () => {
    expect(() =>
      assertNotInFuture('date received', pd('2026-09-07'), pd('2026-09-07'), 'receivedOn'),
    ).not.toThrow();
    expect(() =>
      assertNotInFuture('date received', pd('2025-12-31'), pd('2026-01-01'), 'receivedOn'),
    ).not.toThrow();
  });

  it('refuses tomorrow, across a year end', () => {
    const error = thrown(() =>
      assertNotInFuture('date received', pd('2027-01-01'), pd('2026-12-31'), 'receivedOn'),
    );
    expect(error).toBeInstanceOf(ValidationFailed);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ field: 'receivedOn', reason: 'The date received must be today or in the past' }],
    });
  });
});

describe('assertFinalPlanAfterCommentPeriod', () => {
  it.each([
    ['draft served 14 December 2026, final on 29 December', '2026-12-14', '2026-12-29'],
    ['draft served 15 February 2028, final on 1 March over the leap day', '2028-02-15', '2028-03-01'],
    ['draft served 15 February 2027, final on 2 March', '2027-02-15', '2027-03-02'],
  ])('accepts a final plan on the day after the 15-day comment period: %s', (_name, servedOn, issuedOn) => {
    expect(() => assertFinalPlanAfterCommentPeriod(pd(servedOn), pd(issuedOn))).not.toThrow();
  });

  it('refuses a final plan on the last day of the comment period', () => {
    const error = thrown(() => assertFinalPlanAfterCommentPeriod(pd('2026-12-14'), pd('2026-12-28')));
    expect(error).toBeInstanceOf(StatutoryRuleBroken);
    expect(error).toMatchObject({
      field: 'finalPlanIssuedOn',
      reason:
        'The final plan cannot be issued before 29 December 2026. The family has 15 days, starting on the day the draft plan was served, to comment on it',
    });
  });
});
