import { describe, expect, it } from 'vitest';

import { plainDate } from '../plain-date';
import { notIssueNoticeDueOn } from './statutory-periods';
import {
  addWorkingDays,
  bankHolidayOn,
  isWorkingDay,
  legalDateFallsOnNonWorkingDay,
  nonWorkingDayWarning,
} from './working-days';

const pd = plainDate;

describe('isWorkingDay', () => {
  it.each([
    ['Christmas Day 2026, a Friday', '2026-12-25', false],
    ['Monday 28 December 2026, the Boxing Day substitute', '2026-12-28', false],
    ['Tuesday 29 December 2026', '2026-12-29', true],
    ['Monday 27 and Tuesday 28 December 2027, both substitutes', '2027-12-27', false],
    ['Tuesday 28 December 2027', '2027-12-28', false],
    ['Monday 3 January 2028, the New Year substitute', '2028-01-03', false],
    ['Good Friday 2026', '2026-04-03', false],
    ['Easter Monday 2026', '2026-04-06', false],
    ['the Tuesday after Easter 2026', '2026-04-07', true],
    ['Good Friday 2027, in March', '2027-03-26', false],
    ['Friday 8 May 2020, VE day', '2020-05-08', false],
    ['Monday 4 May 2020, when the early May holiday had moved', '2020-05-04', true],
    ['Thursday 2 June 2022, the moved spring bank holiday', '2022-06-02', false],
    ['Friday 3 June 2022, the Platinum Jubilee', '2022-06-03', false],
    ['Monday 30 May 2022, the usual spring holiday that year', '2022-05-30', true],
    ['Monday 19 September 2022, the Queen’s state funeral', '2022-09-19', false],
    ['Monday 8 May 2023, the coronation', '2023-05-08', false],
    ['Saturday 29 February 2028', '2028-02-26', false],
    ['Tuesday 29 February 2028', '2028-02-29', true],
    ['Monday 19 October 2026', '2026-10-19', true],
    ['Sunday 25 October 2026, as GMT returns', '2026-10-25', false],
  ])('%s', (_name, date, expected) => {
    expect(isWorkingDay(pd(date))).toBe(expected);
  });

  it('refuses to guess outside the bank holiday data', () => {
    expect(() => isWorkingDay(pd('2031-01-02'))).toThrow(RangeError);
    expect(() => isWorkingDay(pd('2014-12-31'))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    [
      'Christmas Eve 2026 + 1 skips Christmas, the weekend and the substitute day',
      '2026-12-24',
      1,
      '2026-12-29',
    ],
    ['Wednesday 23 December 2026 + 3', '2026-12-23', 3, '2026-12-30'],
    ['Friday 24 December 2027 + 1 skips two substitute days', '2027-12-24', 1, '2027-12-29'],
    ['Wednesday 24 December 2025 + 1', '2025-12-24', 1, '2025-12-29'],
    ['Friday 31 December 2027 + 1 skips the New Year substitute', '2027-12-31', 1, '2028-01-04'],
    ['Maundy Thursday 2026 + 1 skips Easter', '2026-04-02', 1, '2026-04-07'],
    ['Maundy Thursday 2027 + 2, over Easter at the end of March', '2027-03-25', 2, '2027-03-31'],
    [
      '15 working days from Monday 14 December 2026, over Christmas and New Year',
      '2026-12-14',
      15,
      '2027-01-07',
    ],
    ['a Friday + 1 is the Monday', '2026-10-16', 1, '2026-10-19'],
    ['0 leaves the date alone, even on a holiday', '2026-12-25', 0, '2026-12-25'],
    ['Tuesday 29 December 2026 - 1 goes back over Christmas', '2026-12-29', -1, '2026-12-24'],
    ['Tuesday 7 April 2026 - 2 goes back over Easter', '2026-04-07', -2, '2026-04-01'],
  ])('%s', (_name, date, days, expected) => {
    expect(addWorkingDays(pd(date), days)).toBe(expected);
  });

  it('refuses to count past the end of the bank holiday data', () => {
    expect(() => addWorkingDays(pd('2030-12-31'), 1)).toThrow(RangeError);
  });

  it('refuses part of a day', () => {
    expect(() => addWorkingDays(pd('2026-10-19'), 1.5)).toThrow(RangeError);
  });
});

describe('legalDateFallsOnNonWorkingDay', () => {
  it('warns that the 16-week notice for a request received 7 September 2026 falls on a bank holiday', () => {
    const noticeDueOn = notIssueNoticeDueOn(pd('2026-09-07'));
    expect(noticeDueOn).toBe('2026-12-28');
    expect(legalDateFallsOnNonWorkingDay(noticeDueOn)).toBe(true);
    expect(nonWorkingDayWarning(noticeDueOn)).toBe(
      'Monday 28 December 2026 is a bank holiday (Boxing Day, substitute day). The legal limit does not move: act by the working day before.',
    );
  });

  it('warns about a weekend', () => {
    expect(nonWorkingDayWarning(pd('2026-03-14'))).toBe(
      'Saturday 14 March 2026 is a weekend. The legal limit does not move: act by the working day before.',
    );
  });

  it('gives no warning on a working day', () => {
    expect(legalDateFallsOnNonWorkingDay(pd('2027-01-25'))).toBe(false);
    expect(nonWorkingDayWarning(pd('2027-01-25'))).toBeUndefined();
  });

  it('names the bank holiday', () => {
    expect(bankHolidayOn(pd('2023-05-08'))?.title).toBe(
      'Bank holiday for the coronation of King Charles III',
    );
    expect(bankHolidayOn(pd('2023-05-09'))).toBeUndefined();
  });
});
