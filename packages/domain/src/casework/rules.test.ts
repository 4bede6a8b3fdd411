import { describe, expect, it } from 'vitest';

import { Conflict, StatutoryRuleBroken, ValidationFailed } from '../errors';
import { plainDate } from '../plain-date';
import {
  assertAdviceDates,
  assertAdviceReceivedDate,
  assertDecisionAllowed,
  assertStepAllowed,
  caseStatutoryDates,
  matchChildRecords,
  nextDueDate,
  statusAfterDecision,
  type CaseFacts,
} from './rules';

const d = plainDate;

function facts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    status: 'submitted',
    receivedOn: d('2026-09-07'),
    decision: null,
    decisionOn: null,
    notIssueNoticeOn: null,
    draftPlanServedOn: null,
    finalPlanIssuedOn: null,
    adviceRequests: [],
    ...overrides,
  };
}

function errorOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return null;
}

describe('the decision whether to assess', () => {
  it('may be dated on the day the request was received', () => {
    expect(() => assertDecisionAllowed(facts(), d('2026-09-07'), d('2026-09-10'))).not.toThrow();
  });

  it('refuses a decision dated before the request was received, naming the field', () => {
    const error = errorOf(() => assertDecisionAllowed(facts(), d('2026-09-06'), d('2026-09-10')));
    expect(error).toBeInstanceOf(StatutoryRuleBroken);
    expect(error).toMatchObject({ field: 'decidedOn' });
    expect((error as StatutoryRuleBroken).reason).toMatch(
      /same as or after the date the request was received/,
    );
  });

  it('refuses a decision dated in the future', () => {
    const error = errorOf(() => assertDecisionAllowed(facts(), d('2026-09-11'), d('2026-09-10')));
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).fieldErrors[0]?.field).toBe('decidedOn');
  });

  it('can be recorded while the LA waits for more information from the school', () => {
    expect(() =>
      assertDecisionAllowed(
        facts({ status: 'more_information_requested' }),
        d('2026-09-08'),
        d('2026-09-10'),
      ),
    ).not.toThrow();
  });

  it.each(['assessing', 'not_assessing', 'withdrawn'] as const)(
    'cannot be recorded twice or on a %s request',
    (status) => {
      expect(
        errorOf(() => assertDecisionAllowed(facts({ status }), d('2026-09-08'), d('2026-09-10'))),
      ).toBeInstanceOf(Conflict);
    },
  );

  it('moves the request to assessing or not assessing', () => {
    expect([statusAfterDecision('assess'), statusAfterDecision('not_assess')]).toEqual([
      'assessing',
      'not_assessing',
    ]);
  });
});

describe('later statutory steps', () => {
  const assessing = facts({ status: 'assessing', decision: 'assess', decisionOn: d('2026-10-12') });

  it('needs the decision to assess first', () => {
    expect(
      errorOf(() => assertStepAllowed(facts(), 'draft_plan_served', d('2026-10-20'), d('2026-11-01'))),
    ).toBeInstanceOf(StatutoryRuleBroken);
  });

  it('refuses a final plan before a draft was sent', () => {
    expect(
      errorOf(() => assertStepAllowed(assessing, 'final_plan_issued', d('2026-12-01'), d('2026-12-10'))),
    ).toMatchObject({
      field: 'step',
    });
  });

  it('refuses a final plan inside the family’s 15 days to comment (reg 13(1))', () => {
    const drafted = { ...assessing, draftPlanServedOn: d('2026-12-01') };
    // Served 1 December: day 1 of 15 is 1 December, so the earliest final plan is 16 December.
    expect(
      errorOf(() => assertStepAllowed(drafted, 'final_plan_issued', d('2026-12-15'), d('2027-01-10'))),
    ).toBeInstanceOf(StatutoryRuleBroken);
    expect(assertStepAllowed(drafted, 'final_plan_issued', d('2026-12-16'), d('2027-01-10'))).toBe(
      'plan_issued',
    );
  });

  it('refuses a notice not to issue once a draft plan has been sent', () => {
    const drafted = { ...assessing, draftPlanServedOn: d('2026-12-01') };
    expect(
      errorOf(() => assertStepAllowed(drafted, 'not_issue_notice', d('2026-12-05'), d('2026-12-10'))),
    ).toBeInstanceOf(StatutoryRuleBroken);
    expect(assertStepAllowed(assessing, 'not_issue_notice', d('2026-12-05'), d('2026-12-10'))).toBe(
      'not_issuing',
    );
  });

  it('refuses a step dated before the decision to assess', () => {
    expect(
      errorOf(() => assertStepAllowed(assessing, 'draft_plan_served', d('2026-10-11'), d('2026-11-01'))),
    ).toMatchObject({
      field: 'on',
    });
  });
});

describe('advice dates', () => {
  it('refuses advice asked for before the request was received', () => {
    expect(errorOf(() => assertAdviceDates(facts(), d('2026-09-06'), d('2026-09-10')))).toMatchObject({
      field: 'requestedOn',
    });
  });

  it('refuses advice received before it was asked for, or in the future', () => {
    expect(
      errorOf(() => assertAdviceReceivedDate(d('2026-09-10'), d('2026-09-09'), d('2026-09-20'))),
    ).toMatchObject({
      field: 'receivedOn',
    });
    expect(
      errorOf(() => assertAdviceReceivedDate(d('2026-09-10'), d('2026-09-21'), d('2026-09-20'))),
    ).toBeInstanceOf(ValidationFailed);
  });
});

describe('the next statutory date of a case', () => {
  it('is the decision, 42 days after receipt, for a new request', () => {
    const next = nextDueDate(caseStatutoryDates(facts(), d('2026-09-10')));
    expect(next).toMatchObject({ key: 'decisionWhetherToAssess', dueOn: '2026-10-19' });
  });

  it('is advice due before the final plan once the LA is assessing', () => {
    const next = nextDueDate(
      caseStatutoryDates(
        facts({
          status: 'assessing',
          decision: 'assess',
          decisionOn: d('2026-10-12'),
          adviceRequests: [{ id: 'ep', adviser: 'EP', requestedOn: d('2026-10-13'), receivedOn: null }],
        }),
        d('2026-10-20'),
      ),
    );
    expect(next).toMatchObject({ key: 'adviceDue', dueOn: '2026-11-24' });
  });

  it('skips what has been met', () => {
    const next = nextDueDate(
      caseStatutoryDates(
        facts({
          status: 'assessing',
          decision: 'assess',
          decisionOn: d('2026-10-12'),
          adviceRequests: [
            { id: 'ep', adviser: 'EP', requestedOn: d('2026-10-13'), receivedOn: d('2026-11-01') },
          ],
        }),
        d('2026-11-02'),
      ),
    );
    expect(next?.key).not.toBe('adviceDue');
    expect(next?.key).not.toBe('decisionWhetherToAssess');
  });

  it('is nothing once a withdrawn request has no dates', () => {
    expect(caseStatutoryDates(facts({ status: 'withdrawn' }), d('2026-09-10'))).toEqual([]);
    expect(nextDueDate([])).toBeNull();
  });
});

describe('matching a request to an existing child record', () => {
  const records = [
    { id: 'a', legalName: 'Amelia Grace Thompson', dateOfBirth: '2016-04-12', upn: 'B801200005001' },
    { id: 'b', legalName: 'Zoë O’Brien', dateOfBirth: '2015-01-02', upn: null },
    { id: 'c', legalName: 'Amelia Thompson', dateOfBirth: '2016-04-12', upn: null },
  ];

  it('matches on the UPN first', () => {
    const found = matchChildRecords(
      { legalName: 'Someone Else', dateOfBirth: '2010-01-01', upn: 'b801200005001' },
      records,
    );
    expect(found.map((r) => [r.id, r.match])).toEqual([['a', 'upn']]);
  });

  it('matches on name and date of birth, ignoring case and accents', () => {
    const found = matchChildRecords(
      { legalName: 'ZOE O BRIEN', dateOfBirth: '2015-01-02', upn: null },
      records,
    );
    expect(found.map((r) => [r.id, r.match])).toEqual([['b', 'name_and_date_of_birth']]);
  });

  it('does not match a different name with the same date of birth', () => {
    expect(
      matchChildRecords({ legalName: 'Amelia G Thompson', dateOfBirth: '2016-04-12', upn: null }, records),
    ).toEqual([]);
  });
});
