import type { PlainDate } from '../plain-date';

export interface BankHoliday {
  on: PlainDate;
  title: string;
  isSubstituteDay: boolean;
}

/** First and last years the table below covers; working-day rules refuse dates outside them. */
export const bankHolidayYears = { first: 2015, last: 2030 } as const;

const d = (on: string, title: string, isSubstituteDay = false): BankHoliday => ({
  on: on as PlainDate,
  title,
  isSubstituteDay,
});

/**
 * England and Wales bank holidays, 2015 to 2030, in date order.
 *
 * Source: GOV.UK https://www.gov.uk/bank-holidays.json, division "england-and-wales" (titles and
 * "Substitute day" notes as published there). GOV.UK publishes only a few years ahead, so the later
 * years here follow the usual pattern under the Banking and Financial Dealings Act 1971 (Schedule 1
 * and the standing proclamations for New Year's Day and the early May bank holiday) and can be
 * changed by royal proclamation. Compare against the feed each year and update this file when a
 * one-off holiday is announced (as in 2020, 2022 and 2023).
 */
export const englandBankHolidays: readonly BankHoliday[] = [
  d('2015-01-01', "New Year's Day"),
  d('2015-04-03', 'Good Friday'),
  d('2015-04-06', 'Easter Monday'),
  d('2015-05-04', 'Early May bank holiday'),
  d('2015-05-25', 'Spring bank holiday'),
  d('2015-08-31', 'Summer bank holiday'),
  d('2015-12-25', 'Christmas Day'),
  d('2015-12-28', 'Boxing Day', true),

  d('2016-01-01', "New Year's Day"),
  d('2016-03-25', 'Good Friday'),
  d('2016-03-28', 'Easter Monday'),
  d('2016-05-02', 'Early May bank holiday'),
  d('2016-05-30', 'Spring bank holiday'),
  d('2016-08-29', 'Summer bank holiday'),
  d('2016-12-26', 'Boxing Day'),
  d('2016-12-27', 'Christmas Day', true),

  d('2017-01-02', "New Year's Day", true),
  d('2017-04-14', 'Good Friday'),
  d('2017-04-17', 'Easter Monday'),
  d('2017-05-01', 'Early May bank holiday'),
  d('2017-05-29', 'Spring bank holiday'),
  d('2017-08-28', 'Summer bank holiday'),
  d('2017-12-25', 'Christmas Day'),
  d('2017-12-26', 'Boxing Day'),

  d('2018-01-01', "New Year's Day"),
  d('2018-03-30', 'Good Friday'),
  d('2018-04-02', 'Easter Monday'),
  d('2018-05-07', 'Early May bank holiday'),
  d('2018-05-28', 'Spring bank holiday'),
  d('2018-08-27', 'Summer bank holiday'),
  d('2018-12-25', 'Christmas Day'),
  d('2018-12-26', 'Boxing Day'),

  d('2019-01-01', "New Year's Day"),
  d('2019-04-19', 'Good Friday'),
  d('2019-04-22', 'Easter Monday'),
  d('2019-05-06', 'Early May bank holiday'),
  d('2019-05-27', 'Spring bank holiday'),
  d('2019-08-26', 'Summer bank holiday'),
  d('2019-12-25', 'Christmas Day'),
  d('2019-12-26', 'Boxing Day'),

  d('2020-01-01', "New Year's Day"),
  d('2020-04-10', 'Good Friday'),
  d('2020-04-13', 'Easter Monday'),
  d('2020-05-08', 'Early May bank holiday (VE day)'),
  d('2020-05-25', 'Spring bank holiday'),
  d('2020-08-31', 'Summer bank holiday'),
  d('2020-12-25', 'Christmas Day'),
  d('2020-12-28', 'Boxing Day', true),

  d('2021-01-01', "New Year's Day"),
  d('2021-04-02', 'Good Friday'),
  d('2021-04-05', 'Easter Monday'),
  d('2021-05-03', 'Early May bank holiday'),
  d('2021-05-31', 'Spring bank holiday'),
  d('2021-08-30', 'Summer bank holiday'),
  d('2021-12-27', 'Christmas Day', true),
  d('2021-12-28', 'Boxing Day', true),

  d('2022-01-03', "New Year's Day", true),
  d('2022-04-15', 'Good Friday'),
  d('2022-04-18', 'Easter Monday'),
  d('2022-05-02', 'Early May bank holiday'),
  d('2022-06-02', 'Spring bank holiday'),
  d('2022-06-03', 'Platinum Jubilee bank holiday'),
  d('2022-08-29', 'Summer bank holiday'),
  d('2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'),
  d('2022-12-26', 'Boxing Day'),
  d('2022-12-27', 'Christmas Day', true),

  d('2023-01-02', "New Year's Day", true),
  d('2023-04-07', 'Good Friday'),
  d('2023-04-10', 'Easter Monday'),
  d('2023-05-01', 'Early May bank holiday'),
  d('2023-05-08', 'Bank holiday for the coronation of King Charles III'),
  d('2023-05-29', 'Spring bank holiday'),
  d('2023-08-28', 'Summer bank holiday'),
  d('2023-12-25', 'Christmas Day'),
  d('2023-12-26', 'Boxing Day'),

  d('2024-01-01', "New Year's Day"),
  d('2024-03-29', 'Good Friday'),
  d('2024-04-01', 'Easter Monday'),
  d('2024-05-06', 'Early May bank holiday'),
  d('2024-05-27', 'Spring bank holiday'),
  d('2024-08-26', 'Summer bank holiday'),
  d('2024-12-25', 'Christmas Day'),
  d('2024-12-26', 'Boxing Day'),

  d('2025-01-01', "New Year's Day"),
  d('2025-04-18', 'Good Friday'),
  d('2025-04-21', 'Easter Monday'),
  d('2025-05-05', 'Early May bank holiday'),
  d('2025-05-26', 'Spring bank holiday'),
  d('2025-08-25', 'Summer bank holiday'),
  d('2025-12-25', 'Christmas Day'),
  d('2025-12-26', 'Boxing Day'),

  d('2026-01-01', "New Year's Day"),
  d('2026-04-03', 'Good Friday'),
  d('2026-04-06', 'Easter Monday'),
  d('2026-05-04', 'Early May bank holiday'),
  d('2026-05-25', 'Spring bank holiday'),
  d('2026-08-31', 'Summer bank holiday'),
  d('2026-12-25', 'Christmas Day'),
  d('2026-12-28', 'Boxing Day', true),

  d('2027-01-01', "New Year's Day"),
  d('2027-03-26', 'Good Friday'),
  d('2027-03-29', 'Easter Monday'),
  d('2027-05-03', 'Early May bank holiday'),
  d('2027-05-31', 'Spring bank holiday'),
  d('2027-08-30', 'Summer bank holiday'),
  d('2027-12-27', 'Christmas Day', true),
  d('2027-12-28', 'Boxing Day', true),

  d('2028-01-03', "New Year's Day", true),
  d('2028-04-14', 'Good Friday'),
  d('2028-04-17', 'Easter Monday'),
  d('2028-05-01', 'Early May bank holiday'),
  d('2028-05-29', 'Spring bank holiday'),
  d('2028-08-28', 'Summer bank holiday'),
  d('2028-12-25', 'Christmas Day'),
  d('2028-12-26', 'Boxing Day'),

  d('2029-01-01', "New Year's Day"),
  d('2029-03-30', 'Good Friday'),
  d('2029-04-02', 'Easter Monday'),
  d('2029-05-07', 'Early May bank holiday'),
  d('2029-05-28', 'Spring bank holiday'),
  d('2029-08-27', 'Summer bank holiday'),
  d('2029-12-25', 'Christmas Day'),
  d('2029-12-26', 'Boxing Day'),

  d('2030-01-01', "New Year's Day"),
  d('2030-04-19', 'Good Friday'),
  d('2030-04-22', 'Easter Monday'),
  d('2030-05-06', 'Early May bank holiday'),
  d('2030-05-27', 'Spring bank holiday'),
  d('2030-08-26', 'Summer bank holiday'),
  d('2030-12-25', 'Christmas Day'),
  d('2030-12-26', 'Boxing Day'),
];
