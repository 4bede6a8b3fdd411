import { Conflict, StatutoryRuleBroken } from '../errors';
import { compareDates, type PlainDate } from '../plain-date';
import type { RequestStatus } from '../assessment-request/status';
import {
  assertDateNotBefore,
  assertFinalPlanAfterCommentPeriod,
  assertNotInFuture,
  computeStatutoryDates,
  type StatutoryClockInput,
  type StatutoryDate,
} from '../statutory-clock';
import type { StatutoryStep } from './inputs';

/** What the LA has recorded about a case: everything the statutory clock and the rules need. */
export interface CaseFacts {
  status: RequestStatus;
  receivedOn: PlainDate;
  decision: 'assess' | 'not_assess' | null;
  decisionOn: PlainDate | null;
  notIssueNoticeOn: PlainDate | null;
  draftPlanServedOn: PlainDate | null;
  finalPlanIssuedOn: PlainDate | null;
  adviceRequests: Array<{
    id: string;
    adviser: string;
    requestedOn: PlainDate;
    receivedOn: PlainDate | null;
  }>;
}

const received = { label: 'the date the request was received' };

/**
 * The decision whether to assess (reg 4, 5): only while the LA is considering the request,
 * dated on or after the day it was received and not in the future.
 */
export function assertDecisionAllowed(facts: CaseFacts, decidedOn: PlainDate, today: PlainDate): void {
  if (facts.status !== 'submitted' && facts.status !== 'more_information_requested') {
    throw new Conflict(
      facts.decision
        ? 'A decision whether to assess has already been recorded for this request'
        : 'This request is not waiting for a decision whether to assess',
    );
  }
  assertNotInFuture('date of the decision', decidedOn, today, 'decidedOn');
  assertDateNotBefore('date of the decision', decidedOn, { on: facts.receivedOn, ...received }, 'decidedOn');
}

/** The status a request moves to when the LA decides. */
export function statusAfterDecision(decision: 'assess' | 'not_assess'): RequestStatus {
  return decision === 'assess' ? 'assessing' : 'not_assessing';
}

/**
 * Later statutory steps, each in its legal order: a draft plan or a notice not to issue only after
 * deciding to assess; a final plan only after the draft and at least 15 days for comments
 * (reg 13(1)); never a date in the future.
 */
export function assertStepAllowed(
  facts: CaseFacts,
  step: StatutoryStep,
  on: PlainDate,
  today: PlainDate,
): RequestStatus {
  assertNotInFuture('date', on, today, 'on');
  if (facts.decision !== 'assess' || !facts.decisionOn) {
    throw new StatutoryRuleBroken('Record the decision to assess first', 'step');
  }
  if (facts.status !== 'assessing') {
    throw new Conflict('This case is closed: nothing more can be recorded against its statutory dates');
  }
  assertDateNotBefore(
    'date',
    on,
    { on: facts.decisionOn, label: 'the date of the decision to assess' },
    'on',
  );
  switch (step) {
    case 'draft_plan_served':
      if (facts.draftPlanServedOn) throw new Conflict('A draft plan has already been recorded as sent');
      return 'assessing';
    case 'not_issue_notice':
      if (facts.draftPlanServedOn) {
        throw new StatutoryRuleBroken(
          'A draft plan has been sent, so the LA has already decided to issue a plan',
          'step',
        );
      }
      return 'not_issuing';
    case 'final_plan_issued':
      if (!facts.draftPlanServedOn)
        throw new StatutoryRuleBroken('Record the draft plan being sent first', 'step');
      assertFinalPlanAfterCommentPeriod(facts.draftPlanServedOn, on, 'on');
      return 'plan_issued';
  }
}

export function assertAdviceDates(
  facts: Pick<CaseFacts, 'receivedOn'>,
  requestedOn: PlainDate,
  today: PlainDate,
): void {
  assertNotInFuture('date advice was asked for', requestedOn, today, 'requestedOn');
  assertDateNotBefore(
    'date advice was asked for',
    requestedOn,
    { on: facts.receivedOn, ...received },
    'requestedOn',
  );
}

export function assertAdviceReceivedDate(
  requestedOn: PlainDate,
  receivedOn: PlainDate,
  today: PlainDate,
): void {
  assertNotInFuture('date the advice was received', receivedOn, today, 'receivedOn');
  assertDateNotBefore(
    'date the advice was received',
    receivedOn,
    { on: requestedOn, label: 'the date it was asked for' },
    'receivedOn',
  );
}

export function clockInputOf(facts: CaseFacts, today: PlainDate): StatutoryClockInput {
  return {
    receivedOn: facts.receivedOn,
    today,
    adviceRequests: facts.adviceRequests.map((a) => ({
      id: a.id,
      adviser: a.adviser,
      requestedOn: a.requestedOn,
      ...(a.receivedOn ? { receivedOn: a.receivedOn } : {}),
    })),
    ...(facts.decision && facts.decisionOn
      ? { decisionToAssess: facts.decision, decisionToAssessOn: facts.decisionOn }
      : {}),
    ...(facts.notIssueNoticeOn ? { notIssueNoticeOn: facts.notIssueNoticeOn } : {}),
    ...(facts.draftPlanServedOn ? { draftPlanServedOn: facts.draftPlanServedOn } : {}),
    ...(facts.finalPlanIssuedOn ? { finalPlanIssuedOn: facts.finalPlanIssuedOn } : {}),
  };
}

/** Every statutory date of the case today (none once it was withdrawn). */
export function caseStatutoryDates(facts: CaseFacts, today: PlainDate): StatutoryDate[] {
  if (facts.status === 'withdrawn' || facts.status === 'draft') return [];
  return computeStatutoryDates(clockInputOf(facts, today));
}

/** The earliest date still to be met, which lists sort and filter by; null when nothing is outstanding. */
export function nextDueDate(dates: readonly StatutoryDate[]): StatutoryDate | null {
  const open = dates.filter((d) => d.kind === 'limit' && d.state !== 'met_on_time' && d.state !== 'met_late');
  return open.reduce<StatutoryDate | null>(
    (min, d) => (!min || compareDates(d.dueOn, min.dueOn) < 0 ? d : min),
    null,
  );
}

export interface ChildRecordCandidate {
  id: string;
  legalName: string;
  dateOfBirth: string;
  upn: string | null;
}

export type ChildMatch = 'upn' | 'name_and_date_of_birth';

function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/**
 * Existing records that may be the same child: the same UPN, or the same name and date of birth.
 * A caseworker confirms a match; records are never merged without them.
 */
export function matchChildRecords(
  details: { legalName: string | null; dateOfBirth: string | null; upn: string | null },
  candidates: readonly ChildRecordCandidate[],
): Array<ChildRecordCandidate & { match: ChildMatch }> {
  const name = details.legalName ? normaliseName(details.legalName) : null;
  const matches: Array<ChildRecordCandidate & { match: ChildMatch }> = [];
  for (const c of candidates) {
    if (details.upn && c.upn && details.upn.toUpperCase() === c.upn.toUpperCase()) {
      matches.push({ ...c, match: 'upn' });
    } else if (
      name &&
      details.dateOfBirth &&
      c.dateOfBirth === details.dateOfBirth &&
      normaliseName(c.legalName) === name
    ) {
      matches.push({ ...c, match: 'name_and_date_of_birth' });
    }
  }
  return matches.sort((a, b) => (a.match === b.match ? 0 : a.match === 'upn' ? -1 : 1));
}

/** Short names for the kinds of statutory date, for lists that show only the next one. */
export const statutoryDateKeyLabels: Record<StatutoryDate['key'], string> = {
  decisionWhetherToAssess: 'Decide whether to assess',
  adviceDue: 'Advice due',
  notIssueNotice: 'Tell the family if no plan will be issued',
  draftPlanComments: 'Family’s comments on the draft plan',
  schoolConsultationReply: 'School consultation reply',
  finalPlan: 'Issue the final EHC plan',
};
