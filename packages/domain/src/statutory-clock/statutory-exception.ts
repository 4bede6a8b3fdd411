import { z } from 'zod';

import { StatutoryRuleBroken, ValidationFailed } from '../errors';
import type { FieldError } from '../errors';
import { compareDates, daysBetween, isPlainDate } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { statutoryDateKeys } from './statutory-date';
import type { StatutoryDateKey } from './statutory-date';

export const exceptionReasonCodes = [
  'school_closure',
  'early_years_closure',
  'exceptional_personal_circumstances',
  'absence_from_area',
  'missed_appointment',
  'other_exceptional_circumstances',
] as const;
export type ExceptionReason = (typeof exceptionReasonCodes)[number];

export interface ExceptionReasonInfo {
  label: string;
  regulation: string;
  /** The only limits the regs let this reason excuse. */
  excuses: readonly StatutoryDateKey[];
  /** The regs require the closure or absence to last a continuous period of at least 4 weeks. */
  needsFourWeeks: boolean;
}

const SIX_16_20_WEEK_LIMITS = ['decisionWhetherToAssess', 'notIssueNotice', 'finalPlan'] as const;

/**
 * Why the regs let a limit be missed. Reg 5(4) (6-week decision) and reg 10(4) (16-week notice,
 * applied to the 20-week plan by reg 13(3)) allow (a)-(d); reg 8(2) (6-week advice) allows
 * exceptional circumstances, absence and a missed appointment. The 15-day periods have none.
 * 'other_exceptional_circumstances' is reg 8(2)(a), which is not limited to personal circumstances,
 * so it excuses advice only.
 */
export const exceptionReasons: Readonly<Record<ExceptionReason, ExceptionReasonInfo>> = {
  school_closure: {
    label: 'School or college asked for advice was closed for 4 weeks or more',
    regulation: 'SEND Regulations 2014, reg 5(4)(a) and 10(4)(a), applied by 13(3)',
    excuses: SIX_16_20_WEEK_LIMITS,
    needsFourWeeks: true,
  },
  early_years_closure: {
    label: 'Early years provider asked for advice was closed for 4 weeks or more',
    regulation: 'SEND Regulations 2014, reg 5(4)(b) and 10(4)(b), applied by 13(3)',
    excuses: SIX_16_20_WEEK_LIMITS,
    needsFourWeeks: true,
  },
  exceptional_personal_circumstances: {
    label: 'Exceptional personal circumstances of the child, parent or young person',
    regulation: 'SEND Regulations 2014, reg 5(4)(c), 8(2)(a) and 10(4)(c), applied by 13(3)',
    excuses: [...SIX_16_20_WEEK_LIMITS, 'adviceDue'],
    needsFourWeeks: false,
  },
  absence_from_area: {
    label: 'Child, parent or young person away from the area for 4 weeks or more',
    regulation: 'SEND Regulations 2014, reg 5(4)(d), 8(2)(b) and 10(4)(d), applied by 13(3)',
    excuses: [...SIX_16_20_WEEK_LIMITS, 'adviceDue'],
    needsFourWeeks: true,
  },
  missed_appointment: {
    label: 'Missed appointment for an examination or test',
    regulation: 'SEND Regulations 2014, reg 8(2)(c)',
    excuses: ['adviceDue'],
    needsFourWeeks: false,
  },
  other_exceptional_circumstances: {
    label: 'Other exceptional circumstances (advice only)',
    regulation: 'SEND Regulations 2014, reg 8(2)(a)',
    excuses: ['adviceDue'],
    needsFourWeeks: false,
  },
};

export interface StatutoryException {
  id: string;
  reason: ExceptionReason;
  appliesTo: StatutoryDateKey[];
  fromOn: PlainDate;
  /** Absent while the circumstance is still going on. */
  toOn?: PlainDate;
  /** Narrows an advice exception to these advice requests; absent means every advice request. */
  refIds?: string[];
  note?: string;
}

const limitNames: Record<StatutoryDateKey, string> = {
  decisionWhetherToAssess: '6 weeks to decide whether to assess',
  adviceDue: '6 weeks for advice',
  notIssueNotice: '16 weeks to say a plan will not be issued',
  draftPlanComments: '15 days for the family to comment on the draft plan',
  schoolConsultationReply: '15 days for a school to reply to a consultation',
  finalPlan: '20 weeks to issue the final plan',
};

// Reg 13(1) and CoP 9.83 give fixed 15-day periods with no exceptions.
const neverExcused: readonly StatutoryDateKey[] = ['draftPlanComments', 'schoolConsultationReply'];

const FOUR_WEEKS_IN_DAYS = 28;

interface ExceptionProblems {
  invalid: FieldError[];
  notAllowed: FieldError[];
}

function findExceptionProblems(exception: StatutoryException): ExceptionProblems {
  const invalid: FieldError[] = [];
  const notAllowed: FieldError[] = [];
  const info = exceptionReasons[exception.reason];

  if (exception.appliesTo.length === 0) {
    invalid.push({ field: 'appliesTo', reason: 'Select the time limits this exception applies to' });
  }
  if (exception.toOn !== undefined && compareDates(exception.toOn, exception.fromOn) < 0) {
    invalid.push({ field: 'toOn', reason: 'The end date must be the same as or after the start date' });
  } else if (
    info.needsFourWeeks &&
    exception.toOn !== undefined &&
    daysBetween(exception.fromOn, exception.toOn) + 1 < FOUR_WEEKS_IN_DAYS
  ) {
    notAllowed.push({
      field: 'toOn',
      reason: `${exception.reason === 'absence_from_area' ? 'An absence from the area' : 'A closure'} must last at least 4 weeks to be an exception. Check the dates, or choose a different reason`,
    });
  }
  if (exception.refIds !== undefined && !exception.appliesTo.includes('adviceDue')) {
    invalid.push({ field: 'refIds', reason: 'Only an exception for advice can name advice requests' });
  }

  for (const key of exception.appliesTo) {
    if (info.excuses.includes(key)) continue;
    notAllowed.push({
      field: 'appliesTo',
      reason: neverExcused.includes(key)
        ? `The ${limitNames[key]} cannot be excused. Remove it from the time limits this exception applies to`
        : `${info.label} does not excuse the ${limitNames[key]}. Remove that time limit, or choose a different reason`,
    });
  }
  return { invalid, notAllowed };
}

/**
 * Refuses an exception the regs do not allow: ValidationFailed for impossible input (an end date
 * before the start), StatutoryRuleBroken for a reason the regs do not accept for a limit.
 */
export function assertExceptionAllowed(exception: StatutoryException): void {
  const { invalid, notAllowed } = findExceptionProblems(exception);
  if (invalid.length > 0) throw new ValidationFailed(invalid);
  const first = notAllowed[0];
  if (first) throw new StatutoryRuleBroken(first.reason, first.field);
}

const plainDateField = (message: string) =>
  z.custom<PlainDate>((value) => typeof value === 'string' && isPlainDate(value), { message });

/** Input schema for recording an exception; the same rules as `assertExceptionAllowed`. */
export const recordStatutoryException = z
  .object({
    id: z.string().min(1),
    reason: z.enum(exceptionReasonCodes, { message: 'Select the reason for the exception' }),
    appliesTo: z.array(z.enum(statutoryDateKeys)),
    fromOn: plainDateField('Enter the date the exception started as a real date'),
    toOn: plainDateField('Enter the date the exception ended as a real date').optional(),
    refIds: z.array(z.string().min(1)).optional(),
    note: z.string().trim().max(2000, 'The note must be 2000 characters or fewer').optional(),
  })
  .superRefine((value, ctx) => {
    const { invalid, notAllowed } = findExceptionProblems(value);
    for (const problem of [...invalid, ...notAllowed]) {
      ctx.addIssue({ code: 'custom', message: problem.reason, path: [problem.field] });
    }
  });
export type RecordStatutoryException = z.infer<typeof recordStatutoryException>;
