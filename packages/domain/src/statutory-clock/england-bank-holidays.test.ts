import { describe, expect, it } from 'vitest';

import { addDays, dayOfWeek, plainDateFromParts } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { bankHolidayYears, englandBankHolidays } from './england-bank-holidays';

function date(year: number, month: number, day: number): PlainDate {
  const d = plainDateFromParts(year, month, day);
  if (!d) throw new Error(`Not a date: ${year}-${month}-${day}`);
  return d;
}

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher), written independently of the data.
function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return date(year, month, day);
}

const firstMonday = (year: number, month: number): PlainDate => {
  let d = date(year, month, 1);
  while (dayOfWeek(d) !== 1) d = addDays(d, 1);
  return d;
};
const lastMonday = (year: number, month: number, lastDay: number): PlainDate => {
  let d = date(year, month, lastDay);
  while (dayOfWeek(d) !== 1) d = addDays(d, -1);
  return d;
};
const nextWeekday = (d: PlainDate): PlainDate => {
  let next = d;
  while (dayOfWeek(next) === 0 || dayOfWeek(next) === 6) next = addDays(next, 1);
  return next;
};

/** The usual pattern for one year, with the one-off changes made by proclamation since 2015. */
function expectedHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const christmas = date(year, 12, 25);
  const christmasWeekday = dayOfWeek(christmas);
  // Christmas on Saturday: Christmas moves to Monday 27, Boxing Day to Tuesday 28.
  // Christmas on Friday: Boxing Day (Saturday) moves to Monday 28. On Sunday: Christmas moves to Tuesday 27.
  const christmasDays =
    christmasWeekday === 6
      ? [date(year, 12, 27), date(year, 12, 28)]
      : christmasWeekday === 5
        ? [christmas, date(year, 12, 28)]
        : christmasWeekday === 0
          ? [date(year, 12, 26), date(year, 12, 27)]
          : [christmas, date(year, 12, 26)];
  let earlyMay: PlainDate[] = [firstMonday(year, 5)];
  let spring: PlainDate[] = [lastMonday(year, 5, 31)];
  const extra: PlainDate[] = [];
  if (year === 2020) earlyMay = [date(2020, 5, 8)];
  if (year === 2022) {
    spring = [date(2022, 6, 2), date(2022, 6, 3)];
    extra.push(date(2022, 9, 19));
  }
  if (year === 2023) extra.push(date(2023, 5, 8));
  return [
    nextWeekday(date(year, 1, 1)),
    addDays(easter, -2),
    addDays(easter, 1),
    ...earlyMay,
    ...spring,
    lastMonday(year, 8, 31),
    ...extra,
    ...christmasDays,
  ].sort();
}

describe('englandBankHolidays', () => {
  const years = Array.from(
    { length: bankHolidayYears.last - bankHolidayYears.first + 1 },
    (_, i) => bankHolidayYears.first + i,
  );

  it.each(years)('matches the rules and the proclaimed changes for %i', (year) => {
    const inYear = englandBankHolidays.filter((h) => h.on.startsWith(`${year}-`)).map((h) => h.on);
    expect(inYear).toEqual(expectedHolidays(year));
  });

  it('is in date order with no repeats, all on weekdays', () => {
    const dates = englandBankHolidays.map((h) => h.on);
    expect(dates).toEqual([...new Set(dates)].sort());
    for (const h of englandBankHolidays) expect([0, 6]).not.toContain(dayOfWeek(h.on));
  });

  it.each([
    ['2026-12-28', 'Boxing Day'],
    ['2027-12-27', 'Christmas Day'],
    ['2022-01-03', "New Year's Day"],
    ['2016-12-27', 'Christmas Day'],
  ])('marks %s as a substitute day for %s', (on, title) => {
    expect(englandBankHolidays.find((h) => h.on === on)).toEqual({ on, title, isSubstituteDay: true });
  });

  it('marks no ordinary holiday as a substitute', () => {
    expect(englandBankHolidays.find((h) => h.on === '2026-12-25')?.isSubstituteDay).toBe(false);
  });
});
