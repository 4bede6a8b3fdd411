import { describe, expect, it } from 'vitest';

import { StatutoryRuleBroken, ValidationFailed } from '../errors';
import { plainDate } from '../plain-date';
import type { StatutoryDateKey } from './statutory-date';
import {
  assertExceptionAllowed,
  exceptionReasonCodes,
  exceptionReasons,
  recordStatutoryException,
} from './statutory-exception';
import type { ExceptionReason, StatutoryException } from './statutory-exception';

const pd = plainDate;

function exception(overrides: Partial<StatutoryException>): StatutoryException {
  return {
    id: 'ex-1',
    reason: 'exceptional_personal_circumstances',
    appliesTo: ['finalPlan'],
    fromOn: pd('2026-10-05'),
    ...overrides,
  };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error');
}

describe('assertExceptionAllowed', () => {
  const allowed: Array<[ExceptionReason, StatutoryDateKey]> = [
    ['school_closure', 'decisionWhetherToAssess'],
    ['school_closure', 'notIssueNotice'],
    ['school_closure', 'finalPlan'],
    ['early_years_closure', 'finalPlan'],
    ['exceptional_personal_circumstances', 'decisionWhetherToAssess'],
    ['exceptional_personal_circumstances', 'adviceDue'],
    ['absence_from_area', 'notIssueNotice'],
    ['absence_from_area', 'adviceDue'],
    ['missed_appointment', 'adviceDue'],
    ['other_exceptional_circumstances', 'adviceDue'],
  ];
  it.each(allowed)('accepts %s for %s', (reason, key) => {
    expect(() =>
      assertExceptionAllowed(
        exception({ reason, appliesTo: [key], fromOn: pd('2026-10-05'), toOn: pd('2026-11-30') }),
      ),
    ).not.toThrow();
  });

  const refused: Array<[name: string, ExceptionReason, StatutoryDateKey, reason: string]> = [
    [
      'a missed appointment for the 20-week plan (reg 8(2) covers advice only)',
      'missed_appointment',
      'finalPlan',
      'Missed appointment for an examination or test does not excuse the 20 weeks to issue the final plan. Remove that time limit, or choose a different reason',
    ],
    [
      'a missed appointment for the 6-week decision',
      'missed_appointment',
      'decisionWhetherToAssess',
      'Missed appointment for an examination or test does not excuse the 6 weeks to decide whether to assess. Remove that time limit, or choose a different reason',
    ],
    [
      'a school closure for advice (not in reg 8(2))',
      'school_closure',
      'adviceDue',
      'School or college asked for advice was closed for 4 weeks or more does not excuse the 6 weeks for advice. Remove that time limit, or choose a different reason',
    ],
    [
      'other exceptional circumstances for the 16-week notice (reg 10(4) needs personal circumstances)',
      'other_exceptional_circumstances',
      'notIssueNotice',
      'Other exceptional circumstances (advice only) does not excuse the 16 weeks to say a plan will not be issued. Remove that time limit, or choose a different reason',
    ],
    [
      'any reason for the 15-day draft plan comment period',
      'exceptional_personal_circumstances',
      'draftPlanComments',
      'The 15 days for the family to comment on the draft plan cannot be excused. Remove it from the time limits this exception applies to',
    ],
    [
      'any reason for the 15-day school consultation',
      'absence_from_area',
      'schoolConsultationReply',
      'The 15 days for a school to reply to a consultation cannot be excused. Remove it from the time limits this exception applies to',
    ],
  ];
  it.each(refused)('refuses %s', (_name, reason, key, message) => {
    const error = thrown(() =>
      assertExceptionAllowed(exception({ reason, appliesTo: [key], toOn: pd('2026-11-30') })),
    );
    expect(error).toBeInstanceOf(StatutoryRuleBroken);
    expect(error).toMatchObject({ field: 'appliesTo', reason: message });
  });

  it('refuses an end date before the start date', () => {
    const error = thrown(() =>
      assertExceptionAllowed(exception({ fromOn: pd('2026-10-05'), toOn: pd('2026-10-04') })),
    );
    expect(error).toBeInstanceOf(ValidationFailed);
    expect(error).toMatchObject({
      fieldErrors: [{ field: 'toOn', reason: 'The end date must be the same as or after the start date' }],
    });
  });

  it('accepts an exception that starts and ends on the same day', () => {
    expect(() => assertExceptionAllowed(exception({ toOn: pd('2026-10-05') }))).not.toThrow();
  });

  it.each([
    ['27 days away is not 4 weeks', 'absence_from_area', '2026-10-01', '2026-10-27', false],
    ['28 days away is 4 weeks', 'absence_from_area', '2026-10-01', '2026-10-28', true],
    ['a school closed over February half term only', 'school_closure', '2027-02-15', '2027-02-19', false],
    [
      'a school closed all summer 2027, over the end of August',
      'school_closure',
      '2027-07-21',
      '2027-09-01',
      true,
    ],
    ['an absence still going on', 'absence_from_area', '2026-10-01', undefined, true],
  ] as const)('checks the 4-week minimum: %s', (_name, reason, fromOn, toOn, isAllowed) => {
    const check = () =>
      assertExceptionAllowed(
        exception({
          reason,
          appliesTo: ['finalPlan'],
          fromOn: pd(fromOn),
          ...(toOn ? { toOn: pd(toOn) } : {}),
        }),
      );
    if (isAllowed) expect(check).not.toThrow();
    else expect(check).toThrow(StatutoryRuleBroken);
  });

  it('refuses an exception that applies to no time limit', () => {
    expect(thrown(() => assertExceptionAllowed(exception({ appliesTo: [] })))).toMatchObject({
      fieldErrors: [{ field: 'appliesTo', reason: 'Select the time limits this exception applies to' }],
    });
  });

  it('refuses advice request ids on an exception that is not for advice', () => {
    expect(thrown(() => assertExceptionAllowed(exception({ refIds: ['adv-ep'] })))).toBeInstanceOf(
      ValidationFailed,
    );
  });
});

describe('exceptionReasons', () => {
  it.each(exceptionReasonCodes)('gives %s a label, a regulation and at least one limit', (code) => {
    const info = exceptionReasons[code];
    expect(info.label).not.toBe('');
    expect(info.regulation).toMatch(/^SEND Regulations 2014, reg /);
    expect(info.excuses.length).toBeGreaterThan(0);
  });

  it('lets nothing excuse the 15-day periods', () => {
    for (const code of exceptionReasonCodes) {
      expect(exceptionReasons[code].excuses).not.toContain('draftPlanComments');
      expect(exceptionReasons[code].excuses).not.toContain('schoolConsultationReply');
    }
  });
});

describe('recordStatutoryException', () => {
  it('accepts a valid exception', () => {
    const result = recordStatutoryException.safeParse({
      id: 'ex-1',
      reason: 'absence_from_area',
      appliesTo: ['decisionWhetherToAssess'],
      fromOn: '2026-09-20',
      toOn: '2026-10-31',
    });
    expect(result.success).toBe(true);
  });

  it('reports a refused combination against appliesTo and a date that does not exist against fromOn', () => {
    const refused = recordStatutoryException.safeParse({
      id: 'ex-1',
      reason: 'missed_appointment',
      appliesTo: ['finalPlan'],
      fromOn: '2026-10-01',
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['appliesTo']);

    const notADate = recordStatutoryException.safeParse({
      id: 'ex-1',
      reason: 'missed_appointment',
      appliesTo: ['adviceDue'],
      fromOn: '2027-02-29',
    });
    expect(notADate.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fromOn', 'Enter the date the exception started as a real date'],
    ]);
  });
});
