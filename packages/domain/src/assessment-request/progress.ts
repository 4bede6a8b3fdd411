import { daysBetween, type PlainDate } from '../plain-date';

/** Whole weeks since the LA received the request, as the school's list shows "6 of 20". */
export function weeksElapsed(receivedOn: PlainDate, today: PlainDate): number {
  return Math.max(0, Math.floor(daysBetween(receivedOn, today) / 7));
}

/**
 * Sections that are not copied when a new request starts from an earlier one: consent and the
 * declaration must be given afresh for each request.
 */
export const sectionsNotCopied: readonly string[] = ['consent'];
