import { StatutoryRuleBroken, ValidationFailed } from '../errors';
import { compareDates, formatLongDate } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { earliestFinalPlanOn } from './statutory-periods';

/** A date together with how to name it in a message, e.g. "the date the request was received". */
export interface NamedDate {
  on: PlainDate;
  label: string;
}

/**
 * Refuses `date` before `earliest` with StatutoryRuleBroken: "The decision date must be the same as
 * or after the date the request was received". `label` names `date` without "the".
 */
export function assertDateNotBefore(
  label: string,
  date: PlainDate,
  earliest: PlainDate | NamedDate,
  field: string,
): void {
  const limit = typeof earliest === 'string' ? { on: earliest, label: formatLongDate(earliest) } : earliest;
  if (compareDates(date, limit.on) < 0) {
    throw new StatutoryRuleBroken(`The ${label} must be the same as or after ${limit.label}`, field);
  }
}

/** Refuses a date after today with ValidationFailed: "The date received must be today or in the past". */
export function assertNotInFuture(label: string, date: PlainDate, today: PlainDate, field: string): void {
  if (compareDates(date, today) > 0) {
    throw new ValidationFailed({ field, reason: `The ${label} must be today or in the past` });
  }
}

/**
 * Reg 13(1)(a): the family has at least 15 days, beginning with the day the draft was served, so a
 * final plan issued before servedOn + 15 breaks the rule.
 */
export function assertFinalPlanAfterCommentPeriod(
  draftPlanServedOn: PlainDate,
  finalPlanIssuedOn: PlainDate,
  field = 'finalPlanIssuedOn',
): void {
  const earliest = earliestFinalPlanOn(draftPlanServedOn);
  if (compareDates(finalPlanIssuedOn, earliest) < 0) {
    throw new StatutoryRuleBroken(
      `The final plan cannot be issued before ${formatLongDate(earliest)}. The family has 15 days, starting on the day the draft plan was served, to comment on it`,
      field,
    );
  }
}
