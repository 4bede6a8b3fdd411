import { addDays, addWeeks } from '../plain-date';
import type { PlainDate } from '../plain-date';

// "Within N weeks of X" does not count the day of X, so the last day is X + 7N, the same weekday as X
// (Marren v Dawson Bentley [1961]). Guides that count receipt as day 1 end a day early; that earlier
// date is at most an internal target, never the legal limit.

/** Reg 5(1): decide whether to assess within 6 weeks of receiving the request. */
export function decisionWhetherToAssessDueOn(receivedOn: PlainDate): PlainDate {
  return addWeeks(receivedOn, 6);
}

/**
 * Reg 8(1): advice within 6 weeks. The reg counts from the day the adviser receives the request; we
 * count from the day it was sent, which is the same day or earlier, so the date shown is never late.
 */
export function adviceDueOn(requestedOn: PlainDate): PlainDate {
  return addWeeks(requestedOn, 6);
}

/** Reg 10(1): tell the family within 16 weeks of the request that no plan will be issued. */
export function notIssueNoticeDueOn(receivedOn: PlainDate): PlainDate {
  return addWeeks(receivedOn, 16);
}

/**
 * Reg 13(1)(a): "at least 15 days beginning with the day on which the draft was served". The service
 * day is day 1, so the last day for comments is servedOn + 14.
 */
export function draftPlanCommentsEndOn(draftPlanServedOn: PlainDate): PlainDate {
  return addDays(draftPlanServedOn, 14);
}

/** Reg 13(1)(a): the first day a plan may be made final, the day after the 15-day comment period. */
export function earliestFinalPlanOn(draftPlanServedOn: PlainDate): PlainDate {
  return addDays(draftPlanServedOn, 15);
}

/** CoP 9.83 (guidance, not statute): a school or college should reply within 15 days. */
export function schoolConsultationReplyDueOn(sentOn: PlainDate): PlainDate {
  return addDays(sentOn, 15);
}

/** Reg 13(2): final plan within 20 weeks (140 days) of the request being received. */
export function finalPlanDueOn(receivedOn: PlainDate): PlainDate {
  return addWeeks(receivedOn, 20);
}
