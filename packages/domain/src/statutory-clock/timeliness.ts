import { ValidationFailed } from '../errors';
import { compareDates, daysBetween } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { finalPlanDueOn } from './statutory-periods';

/** Reg 13(2): issued on or before the day 20 weeks (140 days) after the request was received. */
export function isFinalPlanWithin20Weeks(receivedOn: PlainDate, issuedOn: PlainDate): boolean {
  return compareDates(issuedOn, finalPlanDueOn(receivedOn)) <= 0;
}

export interface TimelinessCase {
  receivedOn: PlainDate;
  finalPlanIssuedOn?: PlainDate;
  /** Any reg 5(4), 8(2) or 10(4) exception was recorded for the request. */
  hasException: boolean;
}

/** Both days included, e.g. a calendar year as DfE reports it. */
export interface ReportingPeriod {
  fromOn: PlainDate;
  toOn: PlainDate;
}

/**
 * Time from request to final plan, in whole days converted to weeks. Each bucket runs from just
 * over the previous bound up to and including its own (0-6 is 0 to 42 days, 6-10 is 43 to 70 days),
 * so the first four buckets together are exactly the plans issued within 20 weeks.
 */
export const weeksFromRequestToPlanBuckets = [
  { bucket: '0-6', label: '6 weeks or less', upToWeeks: 6 },
  { bucket: '6-10', label: 'Over 6 weeks, up to 10 weeks', upToWeeks: 10 },
  { bucket: '10-16', label: 'Over 10 weeks, up to 16 weeks', upToWeeks: 16 },
  { bucket: '16-20', label: 'Over 16 weeks, up to 20 weeks', upToWeeks: 20 },
  { bucket: '20-26', label: 'Over 20 weeks, up to 26 weeks', upToWeeks: 26 },
  { bucket: '26-52', label: 'Over 26 weeks, up to 52 weeks', upToWeeks: 52 },
  { bucket: '52+', label: 'Over 52 weeks', upToWeeks: Number.POSITIVE_INFINITY },
] as const;
export type WeeksFromRequestToPlanBucket = (typeof weeksFromRequestToPlanBuckets)[number]['bucket'];

export interface TimelinessCounts {
  plansIssued: number;
  issuedWithin20Weeks: number;
  /** Rounded to one decimal place as DfE publishes it; null when no plans were issued (no rate exists). */
  percentWithin20Weeks: number | null;
  weeksFromRequestToPlan: Array<{ bucket: WeeksFromRequestToPlanBucket; label: string; count: number }>;
}

export interface TimelinessSummary {
  period: ReportingPeriod;
  includingExceptions: TimelinessCounts;
  /** Only requests with no exception, in both numerator and denominator. */
  excludingExceptions: TimelinessCounts;
}

function bucketOf(daysToPlan: number): WeeksFromRequestToPlanBucket {
  const found = weeksFromRequestToPlanBuckets.find((b) => daysToPlan <= b.upToWeeks * 7);
  // The last bound is infinite, so a bucket is always found.
  return found?.bucket ?? '52+';
}

interface IssuedPlan {
  receivedOn: PlainDate;
  issuedOn: PlainDate;
}

function countPlans(plans: readonly IssuedPlan[]): TimelinessCounts {
  const issuedWithin20Weeks = plans.filter((p) => isFinalPlanWithin20Weeks(p.receivedOn, p.issuedOn)).length;
  const daysToPlan = plans.map((p) => daysBetween(p.receivedOn, p.issuedOn));
  return {
    plansIssued: daysToPlan.length,
    issuedWithin20Weeks,
    percentWithin20Weeks:
      daysToPlan.length === 0 ? null : Math.round((issuedWithin20Weeks / daysToPlan.length) * 1000) / 10,
    weeksFromRequestToPlan: weeksFromRequestToPlanBuckets.map(({ bucket, label }) => ({
      bucket,
      label,
      count: daysToPlan.filter((days) => bucketOf(days) === bucket).length,
    })),
  };
}

/**
 * Timeliness of new EHC plans, as DfE reports it: the plans whose final plan was issued in the
 * period (whenever the request came), and the share issued within 20 weeks, both including and
 * excluding requests with an exception. Requests with no final plan, or one issued outside the
 * period, are not counted.
 */
export function timelinessSummary(
  cases: readonly TimelinessCase[],
  period: ReportingPeriod,
): TimelinessSummary {
  if (compareDates(period.toOn, period.fromOn) < 0) {
    throw new ValidationFailed({
      field: 'period.toOn',
      reason: 'The end date must be the same as or after the start date',
    });
  }
  const all: IssuedPlan[] = [];
  const withoutException: IssuedPlan[] = [];
  cases.forEach((c, i) => {
    const issuedOn = c.finalPlanIssuedOn;
    if (issuedOn === undefined) return;
    if (compareDates(issuedOn, c.receivedOn) < 0) {
      throw new ValidationFailed({
        field: `cases.${i}.finalPlanIssuedOn`,
        reason:
          'The date the final plan was issued must be the same as or after the date the request was received',
      });
    }
    if (compareDates(issuedOn, period.fromOn) < 0 || compareDates(issuedOn, period.toOn) > 0) return;
    const plan = { receivedOn: c.receivedOn, issuedOn };
    all.push(plan);
    if (!c.hasException) withoutException.push(plan);
  });
  return { period, includingExceptions: countPlans(all), excludingExceptions: countPlans(withoutException) };
}
