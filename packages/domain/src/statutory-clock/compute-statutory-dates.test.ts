import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { StatutoryRuleBroken, ValidationFailed } from '../errors';
import { addDays, dayOfWeek, daysBetween, plainDate } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { computeStatutoryDates } from './compute-statutory-dates';
import type { StatutoryClockInput } from './compute-statutory-dates';
import type { StatutoryDate, StatutoryDateKey, StatutoryDateState } from './statutory-date';

const pd = plainDate;

function dateOf(dates: StatutoryDate[], key: StatutoryDateKey, refId?: string): StatutoryDate {
  const found = dates.find((d) => d.key === key && (refId === undefined || d.refId === refId));
  if (!found) throw new Error(`No ${key} date in ${dates.map((d) => d.key).join(', ')}`);
  return found;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error');
}

describe('computeStatutoryDates: the worked example in statutory-process.md', () => {
  const dates = computeStatutoryDates({ receivedOn: pd('2026-09-07'), today: pd('2026-09-07') });

  it('gives the decision whether to assess on Monday 19 October 2026', () => {
    expect(dateOf(dates, 'decisionWhetherToAssess')).toMatchObject({
      dueOn: '2026-10-19',
      label: 'Decide whether to assess',
      source: 'SEND Regulations 2014, reg 4(1) and 5(1)',
      isStatutory: true,
      kind: 'limit',
    });
  });

  it('gives the not-issue notice on Monday 28 December 2026, a bank holiday, without moving it', () => {
    expect(dateOf(dates, 'notIssueNotice').dueOn).toBe('2026-12-28');
  });

  it('gives the final plan on Monday 25 January 2027', () => {
    expect(dateOf(dates, 'finalPlan')).toMatchObject({
      dueOn: '2027-01-25',
      source: 'SEND Regulations 2014, reg 13(2)',
    });
  });
});

describe('computeStatutoryDates: worked examples across month and year ends, leap days and clock changes', () => {
  const examples: Array<
    [name: string, receivedOn: string, decision: string, notice: string, finalPlan: string]
  > = [
    [
      'received Monday 7 September 2026 (the reference example)',
      '2026-09-07',
      '2026-10-19',
      '2026-12-28',
      '2027-01-25',
    ],
    ['received on New Year’s Eve 2025', '2025-12-31', '2026-02-11', '2026-04-22', '2026-05-20'],
    [
      'received on Saturday 31 January 2026: a weekend receipt is not moved',
      '2026-01-31',
      '2026-03-14',
      '2026-05-23',
      '2026-06-20',
    ],
    [
      'decision due on New Year’s Day 2026, a bank holiday',
      '2025-11-20',
      '2026-01-01',
      '2026-03-12',
      '2026-04-09',
    ],
    [
      'received 20 December 2027, running over 29 February 2028',
      '2027-12-20',
      '2028-01-31',
      '2028-04-10',
      '2028-05-08',
    ],
    [
      'received 10 January 2028, decision before and plan after 29 February',
      '2028-01-10',
      '2028-02-21',
      '2028-05-01',
      '2028-05-29',
    ],
    ['decision due on 29 February 2028', '2028-01-18', '2028-02-29', '2028-05-09', '2028-06-06'],
    [
      'February 2027 has 28 days, so 6 weeks from 18 January is 1 March',
      '2027-01-18',
      '2027-03-01',
      '2027-05-10',
      '2027-06-07',
    ],
    ['received on 29 February 2028', '2028-02-29', '2028-04-11', '2028-06-20', '2028-07-18'],
    ['received on 29 February 2024', '2024-02-29', '2024-04-11', '2024-06-20', '2024-07-18'],
    [
      'received 11 October 2027, plan due the day before 29 February 2028',
      '2027-10-11',
      '2027-11-22',
      '2028-01-31',
      '2028-02-28',
    ],
    [
      'British Summer Time starts 29 March 2026 inside the 6 weeks',
      '2026-03-20',
      '2026-05-01',
      '2026-07-10',
      '2026-08-07',
    ],
    [
      'GMT returns 25 October 2026 inside the 6 weeks',
      '2026-10-15',
      '2026-11-26',
      '2027-02-04',
      '2027-03-04',
    ],
    [
      'GMT returns 31 October 2027 and BST starts 26 March 2028 inside the 20 weeks',
      '2027-10-22',
      '2027-12-03',
      '2028-02-11',
      '2028-03-10',
    ],
    [
      'British Summer Time starts 26 March 2028 inside the 6 weeks',
      '2028-03-20',
      '2028-05-01',
      '2028-07-10',
      '2028-08-07',
    ],
    ['received on New Year’s Eve 2029', '2029-12-31', '2030-02-11', '2030-04-22', '2030-05-20'],
    ['received Friday 29 December 2023', '2023-12-29', '2024-02-09', '2024-04-19', '2024-05-17'],
  ];

  it.each(examples)(
    'counts from the day after receipt: %s',
    (_name, receivedOn, decision, notice, finalPlan) => {
      const dates = computeStatutoryDates({ receivedOn: pd(receivedOn), today: pd(receivedOn) });
      expect(dates.map((d) => [d.key, d.dueOn])).toEqual([
        ['decisionWhetherToAssess', decision],
        ['notIssueNotice', notice],
        ['finalPlan', finalPlan],
      ]);
    },
  );
});

describe('computeStatutoryDates: state of a date on a given day', () => {
  const receivedOn = pd('2026-09-07');
  // The decision is due Monday 19 October 2026.
  const cases: Array<
    [
      name: string,
      today: string,
      decisionOn: string | undefined,
      state: StatutoryDateState,
      daysRemaining: number | undefined,
    ]
  > = [
    ['11 days before: upcoming', '2026-10-08', undefined, 'upcoming', 11],
    ['10 days before: due soon', '2026-10-09', undefined, 'due_soon', 10],
    ['the day before: due soon', '2026-10-18', undefined, 'due_soon', 1],
    ['on the day: due today', '2026-10-19', undefined, 'due_today', 0],
    ['the day after: overdue', '2026-10-20', undefined, 'overdue', -1],
    ['met a week early', '2026-10-20', '2026-10-12', 'met_on_time', undefined],
    ['met on the day', '2026-10-20', '2026-10-19', 'met_on_time', undefined],
    ['met the day after', '2026-10-20', '2026-10-20', 'met_late', undefined],
    ['met months late, seen long after', '2027-06-01', '2027-01-04', 'met_late', undefined],
  ];

  it.each(cases)('shows the decision as %s', (_name, today, decisionOn, state, daysRemaining) => {
    const input: StatutoryClockInput = { receivedOn, today: pd(today) };
    if (decisionOn !== undefined) {
      input.decisionToAssess = 'assess';
      input.decisionToAssessOn = pd(decisionOn);
    }
    const decision = dateOf(computeStatutoryDates(input), 'decisionWhetherToAssess');
    expect(decision.state).toBe(state);
    expect(decision.daysRemaining).toBe(daysRemaining);
    expect(decision.metOn).toBe(decisionOn);
  });

  it('uses the number of days given for due soon', () => {
    const elevenDaysBefore = { receivedOn, today: pd('2026-10-08') };
    expect(
      dateOf(computeStatutoryDates(elevenDaysBefore, { dueSoonDays: 14 }), 'decisionWhetherToAssess').state,
    ).toBe('due_soon');
    const dayBefore = { receivedOn, today: pd('2026-10-18') };
    expect(
      dateOf(computeStatutoryDates(dayBefore, { dueSoonDays: 0 }), 'decisionWhetherToAssess').state,
    ).toBe('upcoming');
  });

  it('refuses a negative number of days for due soon', () => {
    expect(() => computeStatutoryDates({ receivedOn, today: receivedOn }, { dueSoonDays: -1 })).toThrow(
      RangeError,
    );
  });

  it('shows the final plan as overdue on Tuesday 26 January 2027 when it has not been issued', () => {
    const dates = computeStatutoryDates({
      receivedOn,
      decisionToAssess: 'assess',
      decisionToAssessOn: pd('2026-10-15'),
      today: pd('2027-01-26'),
    });
    expect(dateOf(dates, 'finalPlan')).toMatchObject({
      dueOn: '2027-01-25',
      state: 'overdue',
      daysRemaining: -1,
    });
  });
});

describe('computeStatutoryDates: which dates apply', () => {
  const receivedOn = pd('2026-09-07');

  it('shows the 16- and 20-week limits while the LA has not yet decided', () => {
    const dates = computeStatutoryDates({ receivedOn, today: pd('2026-09-20') });
    expect(dates.map((d) => d.key)).toEqual(['decisionWhetherToAssess', 'notIssueNotice', 'finalPlan']);
  });

  it('shows only the decision after a decision not to assess', () => {
    const dates = computeStatutoryDates({
      receivedOn,
      decisionToAssess: 'not_assess',
      decisionToAssessOn: pd('2026-10-16'),
      today: pd('2026-10-20'),
    });
    expect(dates.map((d) => [d.key, d.state])).toEqual([['decisionWhetherToAssess', 'met_on_time']]);
  });

  it('gives each advice request its own 6 weeks from the day it was requested, in date order', () => {
    const dates = computeStatutoryDates({
      receivedOn,
      decisionToAssess: 'assess',
      decisionToAssessOn: pd('2026-10-14'),
      adviceRequests: [
        { id: 'adv-health', adviser: 'the designated clinical officer', requestedOn: pd('2026-10-20') },
        {
          id: 'adv-ep',
          adviser: 'the educational psychologist',
          requestedOn: pd('2026-10-15'),
          receivedOn: pd('2026-11-30'),
        },
      ],
      today: pd('2026-11-30'),
    });
    expect(dates.map((d) => [d.key, d.refId, d.dueOn, d.state])).toEqual([
      ['decisionWhetherToAssess', undefined, '2026-10-19', 'met_on_time'],
      ['adviceDue', 'adv-ep', '2026-11-26', 'met_late'],
      ['adviceDue', 'adv-health', '2026-12-01', 'due_soon'],
      ['notIssueNotice', undefined, '2026-12-28', 'upcoming'],
      ['finalPlan', undefined, '2027-01-25', 'upcoming'],
    ]);
    expect(dateOf(dates, 'adviceDue', 'adv-ep')).toMatchObject({
      label: 'Advice from the educational psychologist',
      source: 'SEND Regulations 2014, reg 8(1)',
    });
  });

  it('drops the not-issue notice once a draft plan is served and shows the 15-day comment period', () => {
    const dates = computeStatutoryDates({
      receivedOn,
      decisionToAssess: 'assess',
      decisionToAssessOn: pd('2026-10-14'),
      draftPlanServedOn: pd('2026-12-14'),
      schoolConsultations: [
        { id: 'con-1', institution: 'Hillside Primary School', sentOn: pd('2026-12-15') },
      ],
      today: pd('2026-12-21'),
    });
    expect(dates.map((d) => [d.key, d.dueOn])).toEqual([
      ['decisionWhetherToAssess', '2026-10-19'],
      ['draftPlanComments', '2026-12-28'],
      ['schoolConsultationReply', '2026-12-30'],
      ['finalPlan', '2027-01-25'],
    ]);
    expect(dateOf(dates, 'draftPlanComments')).toMatchObject({ kind: 'period', isStatutory: true });
    expect(dateOf(dates, 'draftPlanComments')).not.toHaveProperty('metOn');
    expect(dateOf(dates, 'schoolConsultationReply')).toMatchObject({
      isStatutory: false,
      label: 'Reply to consultation from Hillside Primary School',
      source: 'SEND Code of Practice 2015, para 9.83 (guidance, not statute)',
    });
  });

  it.each([
    ['open on the last day for comments', '2026-12-28', 'due_today'],
    ['ended the day after', '2026-12-29', 'overdue'],
  ] as const)('shows the comment period as %s', (_name, today, state) => {
    const dates = computeStatutoryDates({
      receivedOn,
      decisionToAssess: 'assess',
      decisionToAssessOn: pd('2026-10-14'),
      draftPlanServedOn: pd('2026-12-14'),
      today: pd(today),
    });
    expect(dateOf(dates, 'draftPlanComments').state).toBe(state);
  });

  it('drops the final plan once the LA gives notice that no plan will be issued', () => {
    const dates = computeStatutoryDates({
      receivedOn,
      decisionToAssess: 'assess',
      decisionToAssessOn: pd('2026-10-14'),
      notIssueNoticeOn: pd('2026-12-22'),
      today: pd('2027-01-04'),
    });
    expect(dates.map((d) => [d.key, d.state])).toEqual([
      ['decisionWhetherToAssess', 'met_on_time'],
      ['notIssueNotice', 'met_on_time'],
    ]);
  });

  it('marks the final plan met on time when issued on the 20-week day', () => {
    const dates = computeStatutoryDates({
      receivedOn,
      decisionToAssess: 'assess',
      decisionToAssessOn: pd('2026-10-14'),
      draftPlanServedOn: pd('2026-12-14'),
      finalPlanIssuedOn: pd('2027-01-25'),
      today: pd('2027-02-01'),
    });
    expect(dateOf(dates, 'finalPlan')).toMatchObject({ state: 'met_on_time', metOn: '2027-01-25' });
    expect(dateOf(dates, 'finalPlan').daysRemaining).toBeUndefined();
  });
});

describe('computeStatutoryDates: exceptions', () => {
  const receivedOn = pd('2026-09-07');
  const assessing = {
    receivedOn,
    decisionToAssess: 'assess' as const,
    decisionToAssessOn: pd('2026-10-26'),
    today: pd('2026-11-02'),
  };

  it('marks limits excused by an absence from the area without moving them', () => {
    const dates = computeStatutoryDates({
      ...assessing,
      exceptions: [
        {
          id: 'ex-1',
          reason: 'absence_from_area',
          appliesTo: ['decisionWhetherToAssess', 'finalPlan'],
          fromOn: pd('2026-09-20'),
          toOn: pd('2026-10-31'),
        },
      ],
    });
    expect(dateOf(dates, 'decisionWhetherToAssess')).toMatchObject({
      dueOn: '2026-10-19',
      state: 'met_late',
      excusedBy: ['ex-1'],
    });
    expect(dateOf(dates, 'finalPlan')).toMatchObject({ dueOn: '2027-01-25', excusedBy: ['ex-1'] });
    expect(dateOf(dates, 'notIssueNotice').excusedBy).toBeUndefined();
  });

  it('does not excuse a limit with a circumstance that began after it was met', () => {
    const dates = computeStatutoryDates({
      ...assessing,
      decisionToAssessOn: pd('2026-10-05'),
      exceptions: [
        {
          id: 'ex-2',
          reason: 'exceptional_personal_circumstances',
          appliesTo: ['decisionWhetherToAssess', 'finalPlan'],
          fromOn: pd('2026-10-12'),
        },
      ],
    });
    expect(dateOf(dates, 'decisionWhetherToAssess').excusedBy).toBeUndefined();
    expect(dateOf(dates, 'finalPlan').excusedBy).toEqual(['ex-2']);
  });

  it('does not excuse a limit with a circumstance that ended before its clock started', () => {
    const dates = computeStatutoryDates({
      ...assessing,
      adviceRequests: [
        { id: 'adv-ep', adviser: 'the educational psychologist', requestedOn: pd('2026-10-27') },
      ],
      exceptions: [
        {
          id: 'ex-3',
          reason: 'absence_from_area',
          appliesTo: ['adviceDue'],
          fromOn: pd('2026-09-01'),
          toOn: pd('2026-10-26'),
        },
      ],
    });
    expect(dateOf(dates, 'adviceDue', 'adv-ep').excusedBy).toBeUndefined();
  });

  it('excuses only the advice requests a missed appointment names', () => {
    const dates = computeStatutoryDates({
      ...assessing,
      adviceRequests: [
        { id: 'adv-ep', adviser: 'the educational psychologist', requestedOn: pd('2026-10-27') },
        { id: 'adv-health', adviser: 'the designated clinical officer', requestedOn: pd('2026-10-27') },
      ],
      exceptions: [
        {
          id: 'ex-4',
          reason: 'missed_appointment',
          appliesTo: ['adviceDue'],
          fromOn: pd('2026-11-02'),
          refIds: ['adv-ep'],
        },
      ],
    });
    expect(dateOf(dates, 'adviceDue', 'adv-ep').excusedBy).toEqual(['ex-4']);
    expect(dateOf(dates, 'adviceDue', 'adv-health').excusedBy).toBeUndefined();
  });

  it('refuses an exception the regs do not allow for a limit', () => {
    const error = thrown(() =>
      computeStatutoryDates({
        ...assessing,
        exceptions: [
          { id: 'ex-5', reason: 'missed_appointment', appliesTo: ['finalPlan'], fromOn: pd('2026-10-01') },
        ],
      }),
    );
    expect(error).toBeInstanceOf(StatutoryRuleBroken);
    expect(error).toMatchObject({ field: 'appliesTo' });
  });
});

describe('computeStatutoryDates: refuses impossible records', () => {
  const receivedOn = pd('2026-09-07');

  it('refuses a request received in the future', () => {
    const error = thrown(() => computeStatutoryDates({ receivedOn, today: pd('2026-09-06') }));
    expect(error).toBeInstanceOf(ValidationFailed);
    expect(error).toMatchObject({
      fieldErrors: [{ field: 'receivedOn', reason: 'The date received must be today or in the past' }],
    });
  });

  it('refuses a decision dated before the request was received', () => {
    const error = thrown(() =>
      computeStatutoryDates({
        receivedOn,
        decisionToAssess: 'assess',
        decisionToAssessOn: pd('2026-09-06'),
        today: pd('2026-09-10'),
      }),
    );
    expect(error).toBeInstanceOf(StatutoryRuleBroken);
    expect(error).toMatchObject({
      field: 'decisionToAssessOn',
      reason: 'The decision date must be the same as or after the date the request was received',
    });
  });

  it('refuses a decision outcome without its date', () => {
    const error = thrown(() =>
      computeStatutoryDates({ receivedOn, decisionToAssess: 'assess', today: pd('2026-09-10') }),
    );
    expect(error).toMatchObject({ fieldErrors: [{ field: 'decisionToAssessOn' }] });
  });

  it('refuses a draft plan after a decision not to assess', () => {
    const error = thrown(() =>
      computeStatutoryDates({
        receivedOn,
        decisionToAssess: 'not_assess',
        decisionToAssessOn: pd('2026-10-01'),
        draftPlanServedOn: pd('2026-12-01'),
        today: pd('2026-12-10'),
      }),
    );
    expect(error).toMatchObject({
      fieldErrors: [
        { field: 'draftPlanServedOn', reason: 'Record a decision to assess before recording a draft plan' },
      ],
    });
  });

  it('refuses advice received before it was requested', () => {
    const error = thrown(() =>
      computeStatutoryDates({
        receivedOn,
        adviceRequests: [
          {
            id: 'a',
            adviser: 'the educational psychologist',
            requestedOn: pd('2026-10-01'),
            receivedOn: pd('2026-09-30'),
          },
        ],
        today: pd('2026-10-10'),
      }),
    );
    expect(error).toMatchObject({
      field: 'adviceRequests.0.receivedOn',
      reason: 'The date advice was received must be the same as or after the date it was requested',
    });
  });
});

describe('computeStatutoryDates: properties', () => {
  // Any day from 2015 to the end of 2040.
  const anyDate = fc.integer({ min: 0, max: 9496 }).map((n) => addDays(pd('2015-01-01'), n));

  it('always puts the final plan 140 days after receipt, on the same weekday', () => {
    fc.assert(
      fc.property(anyDate, (receivedOn) => {
        const finalPlan = dateOf(computeStatutoryDates({ receivedOn, today: receivedOn }), 'finalPlan');
        expect(daysBetween(receivedOn, finalPlan.dueOn)).toBe(140);
        expect(dayOfWeek(finalPlan.dueOn)).toBe(dayOfWeek(receivedOn));
      }),
    );
  });

  it('always puts the decision before the not-issue notice before the final plan', () => {
    fc.assert(
      fc.property(anyDate, (receivedOn) => {
        const dates = computeStatutoryDates({ receivedOn, today: receivedOn });
        const [decision, notice, finalPlan] = [
          dateOf(dates, 'decisionWhetherToAssess').dueOn,
          dateOf(dates, 'notIssueNotice').dueOn,
          dateOf(dates, 'finalPlan').dueOn,
        ];
        expect(decision < notice && notice < finalPlan).toBe(true);
        expect(dates.map((d) => d.key)).toEqual(['decisionWhetherToAssess', 'notIssueNotice', 'finalPlan']);
      }),
    );
  });

  const unmetOrder: StatutoryDateState[] = ['upcoming', 'due_soon', 'due_today', 'overdue'];

  it('moves an unmet date only forward from upcoming to due soon, due today and overdue as today advances', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (receivedOn: PlainDate, a, b, dueSoonDays) => {
          const input = (today: PlainDate): StatutoryClockInput => ({
            receivedOn,
            adviceRequests: [{ id: 'adv', adviser: 'the educational psychologist', requestedOn: receivedOn }],
            today,
          });
          const earlier = computeStatutoryDates(input(addDays(receivedOn, Math.min(a, b))), { dueSoonDays });
          const later = computeStatutoryDates(input(addDays(receivedOn, Math.max(a, b))), { dueSoonDays });
          expect(later.map((d) => d.key)).toEqual(earlier.map((d) => d.key));
          earlier.forEach((date, i) => {
            const next = later[i];
            expect(next).toBeDefined();
            if (!next) return;
            expect(unmetOrder.indexOf(next.state)).toBeGreaterThanOrEqual(unmetOrder.indexOf(date.state));
            expect(unmetOrder.indexOf(next.state)).toBeGreaterThanOrEqual(0);
          });
        },
      ),
    );
  });
});
