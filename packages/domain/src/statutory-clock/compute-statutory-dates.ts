import { ValidationFailed } from '../errors';
import { compareDates, daysBetween } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { assertDateNotBefore, assertNotInFuture } from './date-assertions';
import {
  adviceDueOn,
  decisionWhetherToAssessDueOn,
  draftPlanCommentsEndOn,
  finalPlanDueOn,
  notIssueNoticeDueOn,
  schoolConsultationReplyDueOn,
} from './statutory-periods';
import { defaultDueSoonDays, statutoryDateKeys, statutoryDateState } from './statutory-date';
import type { StatutoryDate, StatutoryDateKey, StatutoryDateKind } from './statutory-date';
import { assertExceptionAllowed } from './statutory-exception';
import type { StatutoryException } from './statutory-exception';

export interface AdviceRequest {
  id: string;
  adviser: string;
  requestedOn: PlainDate;
  receivedOn?: PlainDate;
}

export interface SchoolConsultation {
  id: string;
  institution: string;
  sentOn: PlainDate;
  repliedOn?: PlainDate;
}

export type DecisionToAssess = 'assess' | 'not_assess';

export interface StatutoryClockInput {
  /** The day the LA received the request (or became responsible, reg 5(1)(b)). */
  receivedOn: PlainDate;
  adviceRequests?: AdviceRequest[];
  decisionToAssessOn?: PlainDate;
  decisionToAssess?: DecisionToAssess;
  notIssueNoticeOn?: PlainDate;
  draftPlanServedOn?: PlainDate;
  schoolConsultations?: SchoolConsultation[];
  finalPlanIssuedOn?: PlainDate;
  exceptions?: StatutoryException[];
  today: PlainDate;
}

export interface StatutoryClockOptions {
  /** An unmet date is 'due_soon' from this many days before it. Defaults to 10. */
  dueSoonDays?: number;
}

const sources: Record<StatutoryDateKey, string> = {
  decisionWhetherToAssess: 'SEND Regulations 2014, reg 4(1) and 5(1)',
  adviceDue: 'SEND Regulations 2014, reg 8(1)',
  notIssueNotice: 'SEND Regulations 2014, reg 10(1); Children and Families Act 2014, s36(9)',
  draftPlanComments: 'SEND Regulations 2014, reg 13(1)(a); Children and Families Act 2014, s38',
  schoolConsultationReply: 'SEND Code of Practice 2015, para 9.83 (guidance, not statute)',
  finalPlan: 'SEND Regulations 2014, reg 13(2)',
};

const receivedLabel = 'the date the request was received';

/**
 * The statutory dates of one EHC needs assessment request, in date order (process order on the
 * same day). What is shown:
 * - the 6-week decision, always;
 * - advice (6 weeks) and school consultation replies (15 days, guidance), one per recorded request;
 * - the 16-week notice that no plan will be issued and the 20-week final plan: shown as legal
 *   limits until the LA decides, and after a decision to assess; omitted after a decision not to
 *   assess. Once a draft or final plan is recorded the LA has decided to issue, so the 16-week
 *   notice no longer applies and is omitted; once the notice is given, the final plan is omitted;
 * - the draft plan comment period, once a draft has been served (it cannot be dated before).
 * Recorded dates that are impossible (before the clock they answer started, in the future, or a
 * plan after a decision not to assess) are refused with ValidationFailed or StatutoryRuleBroken.
 * A final plan issued during the comment period is a fact the clock reports, not refuses: check
 * it on the way in with `assertFinalPlanAfterCommentPeriod`.
 */
export function computeStatutoryDates(
  input: StatutoryClockInput,
  options: StatutoryClockOptions = {},
): StatutoryDate[] {
  assertCoherent(input);
  const dueSoonDays = options.dueSoonDays ?? defaultDueSoonDays;
  const exceptions = input.exceptions ?? [];
  exceptions.forEach(assertExceptionAllowed);

  const dates: StatutoryDate[] = [];
  const add = (
    date: Omit<StatutoryDate, 'state' | 'source' | 'excusedBy' | 'daysRemaining' | 'kind' | 'isStatutory'>,
  ): void => {
    const kind: StatutoryDateKind = date.key === 'draftPlanComments' ? 'period' : 'limit';
    const excusedBy = excusingExceptions(
      date.key,
      date.refId,
      date.startsOn,
      date.dueOn,
      date.metOn,
      exceptions,
    );
    dates.push({
      ...date,
      kind,
      source: sources[date.key],
      isStatutory: date.key !== 'schoolConsultationReply',
      state: statutoryDateState(date.dueOn, date.metOn, input.today, dueSoonDays),
      ...(excusedBy.length > 0 ? { excusedBy } : {}),
      ...(date.metOn === undefined ? { daysRemaining: daysBetween(input.today, date.dueOn) } : {}),
    });
  };
  const withMet = (metOn: PlainDate | undefined) => (metOn === undefined ? {} : { metOn });

  add({
    key: 'decisionWhetherToAssess',
    label: 'Decide whether to assess',
    startsOn: input.receivedOn,
    dueOn: decisionWhetherToAssessDueOn(input.receivedOn),
    ...withMet(input.decisionToAssessOn),
  });

  for (const advice of input.adviceRequests ?? []) {
    add({
      key: 'adviceDue',
      refId: advice.id,
      label: `Advice from ${advice.adviser}`,
      startsOn: advice.requestedOn,
      dueOn: adviceDueOn(advice.requestedOn),
      ...withMet(advice.receivedOn),
    });
  }

  const isNotAssessing = input.decisionToAssess === 'not_assess';
  const hasPlan = input.draftPlanServedOn !== undefined || input.finalPlanIssuedOn !== undefined;

  if (!isNotAssessing && !hasPlan) {
    add({
      key: 'notIssueNotice',
      label: 'Tell the family if no plan will be issued',
      startsOn: input.receivedOn,
      dueOn: notIssueNoticeDueOn(input.receivedOn),
      ...withMet(input.notIssueNoticeOn),
    });
  }

  if (input.draftPlanServedOn !== undefined) {
    add({
      key: 'draftPlanComments',
      label: 'Last day for the family to comment on the draft plan',
      startsOn: input.draftPlanServedOn,
      dueOn: draftPlanCommentsEndOn(input.draftPlanServedOn),
    });
  }

  for (const consultation of input.schoolConsultations ?? []) {
    add({
      key: 'schoolConsultationReply',
      refId: consultation.id,
      label: `Reply to consultation from ${consultation.institution}`,
      startsOn: consultation.sentOn,
      dueOn: schoolConsultationReplyDueOn(consultation.sentOn),
      ...withMet(consultation.repliedOn),
    });
  }

  if (!isNotAssessing && input.notIssueNoticeOn === undefined) {
    add({
      key: 'finalPlan',
      label: 'Issue the final EHC plan',
      startsOn: input.receivedOn,
      dueOn: finalPlanDueOn(input.receivedOn),
      ...withMet(input.finalPlanIssuedOn),
    });
  }

  const order = (key: StatutoryDateKey) => statutoryDateKeys.indexOf(key);
  return dates.sort((a, b) => compareDates(a.dueOn, b.dueOn) || order(a.key) - order(b.key));
}

/**
 * An exception excuses a date when it names the limit (and, for advice, the request if it names
 * any) and its period overlaps the time the limit was running: from the clock's start to the
 * limit, or to the day it was met if earlier. A circumstance that began afterwards cannot have
 * made the limit impractical.
 */
function excusingExceptions(
  key: StatutoryDateKey,
  refId: string | undefined,
  startsOn: PlainDate,
  dueOn: PlainDate,
  metOn: PlainDate | undefined,
  exceptions: readonly StatutoryException[],
): string[] {
  const runningUntil = metOn !== undefined && compareDates(metOn, dueOn) < 0 ? metOn : dueOn;
  return exceptions
    .filter(
      (exception) =>
        exception.appliesTo.includes(key) &&
        (key !== 'adviceDue' || exception.refIds === undefined || exception.refIds.includes(refId ?? '')) &&
        compareDates(exception.fromOn, runningUntil) <= 0 &&
        (exception.toOn === undefined || compareDates(exception.toOn, startsOn) >= 0),
    )
    .map((exception) => exception.id);
}

function assertCoherent(input: StatutoryClockInput): void {
  const { today, receivedOn } = input;
  const received = { on: receivedOn, label: receivedLabel };
  assertNotInFuture('date received', receivedOn, today, 'receivedOn');

  if ((input.decisionToAssess === undefined) !== (input.decisionToAssessOn === undefined)) {
    throw new ValidationFailed(
      input.decisionToAssess === undefined
        ? { field: 'decisionToAssess', reason: 'Select whether the LA decided to assess' }
        : { field: 'decisionToAssessOn', reason: 'Enter the date of the decision whether to assess' },
    );
  }
  if (input.decisionToAssessOn !== undefined) {
    assertDateNotBefore('decision date', input.decisionToAssessOn, received, 'decisionToAssessOn');
    assertNotInFuture('decision date', input.decisionToAssessOn, today, 'decisionToAssessOn');
  }

  input.adviceRequests?.forEach((advice, i) => {
    assertDateNotBefore(
      'date advice was requested',
      advice.requestedOn,
      received,
      `adviceRequests.${i}.requestedOn`,
    );
    assertNotInFuture(
      'date advice was requested',
      advice.requestedOn,
      today,
      `adviceRequests.${i}.requestedOn`,
    );
    if (advice.receivedOn !== undefined) {
      const requested = { on: advice.requestedOn, label: 'the date it was requested' };
      assertDateNotBefore(
        'date advice was received',
        advice.receivedOn,
        requested,
        `adviceRequests.${i}.receivedOn`,
      );
      assertNotInFuture(
        'date advice was received',
        advice.receivedOn,
        today,
        `adviceRequests.${i}.receivedOn`,
      );
    }
  });

  // The notice, the draft and the final plan all follow a decision to assess (CFA s36(9), reg 10, 13).
  const afterDecision = { on: input.decisionToAssessOn ?? receivedOn, label: 'the decision to assess' };
  const planSteps = [
    [
      'notIssueNoticeOn',
      input.notIssueNoticeOn,
      'date of the notice that no plan will be issued',
      'the notice',
    ],
    ['draftPlanServedOn', input.draftPlanServedOn, 'date the draft plan was served', 'a draft plan'],
    ['finalPlanIssuedOn', input.finalPlanIssuedOn, 'date the final plan was issued', 'a final plan'],
  ] as const;
  for (const [field, on, label, what] of planSteps) {
    if (on === undefined) continue;
    if (input.decisionToAssess !== 'assess') {
      throw new ValidationFailed({ field, reason: `Record a decision to assess before recording ${what}` });
    }
    assertDateNotBefore(label, on, afterDecision, field);
    assertNotInFuture(label, on, today, field);
  }
  if (
    input.notIssueNoticeOn !== undefined &&
    (input.draftPlanServedOn ?? input.finalPlanIssuedOn) !== undefined
  ) {
    throw new ValidationFailed({
      field: 'notIssueNoticeOn',
      reason: 'A notice that no plan will be issued cannot be recorded with a draft or final plan',
    });
  }
  if (input.draftPlanServedOn !== undefined && input.finalPlanIssuedOn !== undefined) {
    const served = { on: input.draftPlanServedOn, label: 'the date the draft plan was served' };
    assertDateNotBefore(
      'date the final plan was issued',
      input.finalPlanIssuedOn,
      served,
      'finalPlanIssuedOn',
    );
  }

  input.schoolConsultations?.forEach((consultation, i) => {
    const field = `schoolConsultations.${i}`;
    assertDateNotBefore('date the consultation was sent', consultation.sentOn, received, `${field}.sentOn`);
    assertNotInFuture('date the consultation was sent', consultation.sentOn, today, `${field}.sentOn`);
    if (consultation.repliedOn !== undefined) {
      const sent = { on: consultation.sentOn, label: 'the date the consultation was sent' };
      assertDateNotBefore('date of the reply', consultation.repliedOn, sent, `${field}.repliedOn`);
      assertNotInFuture('date of the reply', consultation.repliedOn, today, `${field}.repliedOn`);
    }
  });
}
