import { describe, expect, it } from 'vitest';

import { ValidationFailed } from '../errors';
import { plainDate } from '../plain-date';
import { isFinalPlanWithin20Weeks, timelinessSummary } from './timeliness';
import type { TimelinessCase } from './timeliness';

const pd = plainDate;

describe('isFinalPlanWithin20Weeks', () => {
  it.each([
    ['issued on the 20-week day, Monday 25 January 2027', '2026-09-07', '2027-01-25', true],
    ['issued the day after', '2026-09-07', '2027-01-26', false],
    ['issued the same day as the request', '2026-09-07', '2026-09-07', true],
    ['received 20 December 2027, issued 8 May 2028 over the leap day', '2027-12-20', '2028-05-08', true],
    ['received 20 December 2027, issued 9 May 2028', '2027-12-20', '2028-05-09', false],
  ])('%s', (_name, receivedOn, issuedOn, expected) => {
    expect(isFinalPlanWithin20Weeks(pd(receivedOn), pd(issuedOn))).toBe(expected);
  });
});

describe('timelinessSummary', () => {
  // Calendar year 2026. Days from request to plan are worked out by hand beside each case.
  const cases: TimelinessCase[] = [
    { receivedOn: pd('2025-09-01'), finalPlanIssuedOn: pd('2026-01-19'), hasException: false }, // 140: on the day
    { receivedOn: pd('2025-09-01'), finalPlanIssuedOn: pd('2026-01-20'), hasException: false }, // 141: a day late
    { receivedOn: pd('2026-03-02'), finalPlanIssuedOn: pd('2026-04-10'), hasException: true }, // 39
    { receivedOn: pd('2026-01-05'), finalPlanIssuedOn: pd('2026-08-10'), hasException: true }, // 217
    { receivedOn: pd('2026-02-02'), finalPlanIssuedOn: pd('2026-04-20'), hasException: false }, // 77
    { receivedOn: pd('2025-06-02'), finalPlanIssuedOn: pd('2025-12-31'), hasException: false }, // issued in 2025
    { receivedOn: pd('2026-06-01'), hasException: false }, // no plan yet
    { receivedOn: pd('2026-09-01'), finalPlanIssuedOn: pd('2027-01-05'), hasException: false }, // issued in 2027
    { receivedOn: pd('2025-01-06'), finalPlanIssuedOn: pd('2026-02-02'), hasException: false }, // 392
    { receivedOn: pd('2026-05-04'), finalPlanIssuedOn: pd('2026-07-13'), hasException: false }, // 70: exactly 10 weeks
    { receivedOn: pd('2026-03-02'), finalPlanIssuedOn: pd('2026-12-31'), hasException: false }, // 304, last day of period
    { receivedOn: pd('2025-08-01'), finalPlanIssuedOn: pd('2026-01-01'), hasException: true }, // 153, first day of period
  ];
  const summary = timelinessSummary(cases, { fromOn: pd('2026-01-01'), toOn: pd('2026-12-31') });

  it('counts plans issued in the period, including those with exceptions', () => {
    expect(summary.includingExceptions).toMatchObject({
      plansIssued: 9,
      issuedWithin20Weeks: 4,
      percentWithin20Weeks: 44.4,
    });
  });

  it('leaves requests with an exception out of both numerator and denominator when excluding exceptions', () => {
    expect(summary.excludingExceptions).toMatchObject({
      plansIssued: 6,
      issuedWithin20Weeks: 3,
      percentWithin20Weeks: 50,
    });
  });

  it('puts each plan in one weeks-from-request bucket, upper bound included', () => {
    const counts = (which: 'includingExceptions' | 'excludingExceptions') =>
      Object.fromEntries(summary[which].weeksFromRequestToPlan.map((b) => [b.bucket, b.count]));
    expect(counts('includingExceptions')).toEqual({
      '0-6': 1,
      '6-10': 1,
      '10-16': 1,
      '16-20': 1,
      '20-26': 2,
      '26-52': 2,
      '52+': 1,
    });
    expect(counts('excludingExceptions')).toEqual({
      '0-6': 0,
      '6-10': 1,
      '10-16': 1,
      '16-20': 1,
      '20-26': 1,
      '26-52': 1,
      '52+': 1,
    });
  });

  it('gives no rate when no plans were issued in the period', () => {
    const empty = timelinessSummary(cases, { fromOn: pd('2024-01-01'), toOn: pd('2024-12-31') });
    expect(empty.includingExceptions).toMatchObject({
      plansIssued: 0,
      issuedWithin20Weeks: 0,
      percentWithin20Weeks: null,
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => timelinessSummary(cases, { fromOn: pd('2026-12-31'), toOn: pd('2026-01-01') })).toThrow(
      ValidationFailed,
    );
  });

  it('refuses a plan issued before its request was received', () => {
    expect(() =>
      timelinessSummary(
        [{ receivedOn: pd('2026-03-02'), finalPlanIssuedOn: pd('2026-03-01'), hasException: false }],
        {
          fromOn: pd('2026-01-01'),
          toOn: pd('2026-12-31'),
        },
      ),
    ).toThrow(ValidationFailed);
  });
});
