/**
 * Calendar dates with no time and no zone ("2026-09-07"). Statutory limits count calendar days in
 * England, so every legal date is a PlainDate; a timestamp is turned into one only through
 * `londonDateOf`, never by slicing an ISO string (which would shift at midnight UTC in summer).
 */
export type PlainDate = string & { readonly __plainDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isPlainDate(value: string): value is PlainDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function plainDate(value: string): PlainDate {
  if (!isPlainDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  return value;
}

export function plainDateFromParts(year: number, month: number, day: number): PlainDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isPlainDate(s) ? s : null;
}

function toUtcMs(d: PlainDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

function fromUtcMs(ms: number): PlainDate {
  return new Date(ms).toISOString().slice(0, 10) as PlainDate;
}

export function addDays(d: PlainDate, days: number): PlainDate {
  return fromUtcMs(toUtcMs(d) + days * DAY_MS);
}

export function addWeeks(d: PlainDate, weeks: number): PlainDate {
  return addDays(d, weeks * 7);
}

/** Same day of the month `months` later; a day that does not exist (31 Feb) becomes the month's last day. */
export function addMonths(d: PlainDate, months: number): PlainDate {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7)) - 1 + months;
  const day = Number(d.slice(8, 10));
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtcMs(target.getTime());
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: PlainDate): number {
  return new Date(toUtcMs(d)).getUTCDay();
}

/** The calendar date in England at the given instant. */
export function londonDateOf(instant: Date): PlainDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}` as PlainDate;
}

/** Whole years of age on `on` for someone born on `dateOfBirth` (a 29 February birthday counts from 1 March). */
export function ageOn(dateOfBirth: PlainDate, on: PlainDate): number {
  const [by, bm, bd] = [
    Number(dateOfBirth.slice(0, 4)),
    Number(dateOfBirth.slice(5, 7)),
    Number(dateOfBirth.slice(8, 10)),
  ];
  const [oy, om, od] = [Number(on.slice(0, 4)), Number(on.slice(5, 7)), Number(on.slice(8, 10))];
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age -= 1;
  return age;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** GOV.UK style: "7 March 2027". */
export function formatLongDate(d: PlainDate): string {
  return `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
}
