import { addDays, dayOfWeek, formatLongDate } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { bankHolidayYears, englandBankHolidays } from './england-bank-holidays';
import type { BankHoliday } from './england-bank-holidays';

const bankHolidaysByDate: ReadonlyMap<string, BankHoliday> = new Map(
  englandBankHolidays.map((holiday) => [holiday.on, holiday]),
);

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// A date outside the table could be a bank holiday we do not know about; refuse rather than guess.
function assertCovered(date: PlainDate): void {
  const year = Number(date.slice(0, 4));
  if (year < bankHolidayYears.first || year > bankHolidayYears.last) {
    throw new RangeError(
      `No bank holiday data for ${date}: working days are known only for ${bankHolidayYears.first} to ${bankHolidayYears.last}`,
    );
  }
}

/** The England and Wales bank holiday on `date`, if there is one. Throws RangeError outside 2015-2030. */
export function bankHolidayOn(date: PlainDate): BankHoliday | undefined {
  assertCovered(date);
  return bankHolidaysByDate.get(date);
}

/**
 * Monday to Friday, less England and Wales bank holidays. The regs do not define "working day"
 * (statutory-process.md), so this is our reading; it matters only where a reg counts working days.
 */
export function isWorkingDay(date: PlainDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && bankHolidayOn(date) === undefined;
}

/**
 * The date `workingDays` working days after `date` (before it when negative); the start day itself
 * is never counted, so 1 from a Friday is the next Monday. 0 returns `date` unchanged.
 */
export function addWorkingDays(date: PlainDate, workingDays: number): PlainDate {
  if (!Number.isInteger(workingDays))
    throw new RangeError(`Not a whole number of working days: ${workingDays}`);
  assertCovered(date);
  const step = workingDays < 0 ? -1 : 1;
  let remaining = Math.abs(workingDays);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}

/** True when a legal limit lands on a weekend or bank holiday. The limit does not move; the UI warns. */
export function legalDateFallsOnNonWorkingDay(date: PlainDate): boolean {
  return !isWorkingDay(date);
}

/**
 * A warning for the UI when a legal date is not a working day, e.g. "Monday 28 December 2026 is a
 * bank holiday (Boxing Day, substitute day). The legal limit does not move: act by the working day
 * before." Undefined on a working day.
 */
export function nonWorkingDayWarning(date: PlainDate): string | undefined {
  if (isWorkingDay(date)) return undefined;
  const day = `${WEEKDAY_NAMES[dayOfWeek(date)] ?? ''} ${formatLongDate(date)}`;
  const holiday = bankHolidaysByDate.get(date);
  const what = holiday
    ? `a bank holiday (${holiday.title}${holiday.isSubstituteDay ? ', substitute day' : ''})`
    : 'a weekend';
  return `${day} is ${what}. The legal limit does not move: act by the working day before.`;
}
