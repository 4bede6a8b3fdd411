import { describe, expect, it } from 'vitest';

import { plainDate } from '../plain-date';
import {
  adviceDueOn,
  draftPlanCommentsEndOn,
  earliestFinalPlanOn,
  schoolConsultationReplyDueOn,
} from './statutory-periods';

const pd = plainDate;

describe('draft plan comment period (reg 13(1)(a))', () => {
  it.each([
    ['served Monday 14 December 2026, over Christmas', '2026-12-14', '2026-12-28', '2026-12-29'],
    ['served Monday 21 December 2026, into the new year', '2026-12-21', '2027-01-04', '2027-01-05'],
    ['served 15 February 2028, over the leap day', '2028-02-15', '2028-02-29', '2028-03-01'],
    ['served 15 February 2027, no leap day', '2027-02-15', '2027-03-01', '2027-03-02'],
    ['served Friday 24 December 2027', '2027-12-24', '2028-01-07', '2028-01-08'],
    [
      'served Thursday 19 March 2026, as British Summer Time starts',
      '2026-03-19',
      '2026-04-02',
      '2026-04-03',
    ],
  ])('counts the day served as day 1: %s', (_name, servedOn, lastDay, earliestFinal) => {
    expect(draftPlanCommentsEndOn(pd(servedOn))).toBe(lastDay);
    expect(earliestFinalPlanOn(pd(servedOn))).toBe(earliestFinal);
  });
});

describe('school consultation reply (CoP 9.83)', () => {
  it.each([
    ['sent 15 December 2026', '2026-12-15', '2026-12-30'],
    ['sent 20 February 2028, over the leap day', '2028-02-20', '2028-03-06'],
    ['sent 20 December 2029, into 2030', '2029-12-20', '2030-01-04'],
  ])('asks for a reply 15 days after it was sent: %s', (_name, sentOn, dueOn) => {
    expect(schoolConsultationReplyDueOn(pd(sentOn))).toBe(dueOn);
  });
});

describe('advice (reg 8(1))', () => {
  it.each([
    ['requested 15 October 2026', '2026-10-15', '2026-11-26'],
    ['requested 23 November 2026, due in the new year', '2026-11-23', '2027-01-04'],
    ['requested 18 January 2028, due on 29 February', '2028-01-18', '2028-02-29'],
  ])('is due 6 weeks after the day it was requested: %s', (_name, requestedOn, dueOn) => {
    expect(adviceDueOn(pd(requestedOn))).toBe(dueOn);
  });
});
