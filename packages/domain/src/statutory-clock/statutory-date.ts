import { compareDates, daysBetween } from '../plain-date';
import type { PlainDate } from '../plain-date';

/**
 * The statutory dates of an EHC needs assessment request (regs 4-14).
 *
 * Later areas add their keys here rather than inventing a second clock:
 * - annual reviews (CFA s44; reg 20): 'reviewDue', 'reviewMeetingNotice', 'reviewReport',
 *   'reviewDecision', 'amendmentComments', 'amendedPlan' (reg 22(2)-(4));
 * - phase transfer (reg 18): 'phaseTransferAmendedPlan' (15 February, or 31 March for post-16);
 * - re-assessment (regs 25, 27): 'reassessmentDecision', 'reassessmentPlan' (exceptions reg 27(3)).
 */
export const statutoryDateKeys = [
  'decisionWhetherToAssess',
  'adviceDue',
  'notIssueNotice',
  'draftPlanComments',
  'schoolConsultationReply',
  'finalPlan',
] as const;
export type StatutoryDateKey = (typeof statutoryDateKeys)[number];

export const statutoryDateStates = [
  'upcoming',
  'due_soon',
  'due_today',
  'overdue',
  'met_on_time',
  'met_late',
] as const;
export type StatutoryDateState = (typeof statutoryDateStates)[number];

/**
 * 'limit': something must be done by `dueOn`. 'period': `dueOn` is the last day of a period given to
 * the family (the draft plan comment period); it is never "met", and once it has passed the state is
 * 'overdue', which the UI shows as "ended".
 */
export type StatutoryDateKind = 'limit' | 'period';

export interface StatutoryDate {
  key: StatutoryDateKey;
  /** The advice request or school consultation this date belongs to. */
  refId?: string;
  kind: StatutoryDateKind;
  label: string;
  dueOn: PlainDate;
  /** The day the clock started (received, requested, served or sent); the day itself is not counted. */
  startsOn: PlainDate;
  source: string;
  /** False for guidance-only dates (the 15-day school consultation reply, CoP 9.83). */
  isStatutory: boolean;
  metOn?: PlainDate;
  state: StatutoryDateState;
  /** Ids of the recorded exceptions that excuse this limit. The legal date never moves. */
  excusedBy?: string[];
  /** Days from today to `dueOn` while not met: 0 on the day, negative once overdue. */
  daysRemaining?: number;
}

export const defaultDueSoonDays = 10;

/**
 * The state of one date on `today`. A met date is judged only on `metOn` (on or before `dueOn` is
 * on time). An unmet date is 'due_soon' from `dueSoonDays` days before `dueOn`.
 */
export function statutoryDateState(
  dueOn: PlainDate,
  metOn: PlainDate | undefined,
  today: PlainDate,
  dueSoonDays: number = defaultDueSoonDays,
): StatutoryDateState {
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new RangeError(`dueSoonDays must be a whole number of days, 0 or more: ${dueSoonDays}`);
  }
  if (metOn !== undefined) return compareDates(metOn, dueOn) <= 0 ? 'met_on_time' : 'met_late';
  const daysRemaining = daysBetween(today, dueOn);
  if (daysRemaining < 0) return 'overdue';
  if (daysRemaining === 0) return 'due_today';
  if (daysRemaining <= dueSoonDays) return 'due_soon';
  return 'upcoming';
}
