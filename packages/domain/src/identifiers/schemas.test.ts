import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { plainDate } from '../plain-date';
import { dateOfBirth, laCode, nhsNumber, postcode, ukprn, upn, urn } from './schemas';

function messagesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('identifier schemas', () => {
  it.each([
    { name: 'a UPN', schema: upn, input: ' b801200005001 ', output: 'B801200005001' },
    { name: 'an NHS number', schema: nhsNumber, input: '943 476 5919', output: '9434765919' },
    { name: 'a postcode', schema: postcode, input: 'sw1a1aa', output: 'SW1A 1AA' },
    { name: 'a URN', schema: urn, input: ' 118945', output: '118945' },
    { name: 'an LA number', schema: laCode, input: '886 ', output: '886' },
    { name: 'a UKPRN', schema: ukprn, input: '10012345', output: '10012345' },
  ])('stores $name in its normal form', ({ schema, input, output }) => {
    expect(schema.parse(input)).toBe(output);
  });

  it.each([
    {
      name: 'a UPN of the wrong length',
      schema: upn,
      input: 'B80120000500',
      message: 'Enter a UPN in the correct format, like B801200005001',
    },
    {
      name: 'a UPN with I in it',
      schema: upn,
      input: 'I801200005001',
      message: 'Enter a UPN in the correct format, like B801200005001',
    },
    {
      name: 'a UPN with the wrong check letter',
      schema: upn,
      input: 'C801200005001',
      message: "The UPN check letter is not right: check it against the school's records",
    },
    {
      name: 'an NHS number of 9 digits',
      schema: nhsNumber,
      input: '943 476 591',
      message: 'Enter an NHS number in the correct format, like 943 476 5919',
    },
    {
      name: 'an NHS number with the wrong check digit',
      schema: nhsNumber,
      input: '943 476 5918',
      message: "The NHS number is not right: check it against a letter from the NHS or the child's red book",
    },
    {
      name: 'half a postcode',
      schema: postcode,
      input: 'SW1A',
      message: 'Enter a full UK postcode, like SW1A 1AA',
    },
    {
      name: 'a 5-digit URN',
      schema: urn,
      input: '11894',
      message: "Enter the school's 6-digit unique reference number (URN), like 118945",
    },
    {
      name: 'an ONS code for an LA number',
      schema: laCode,
      input: 'E06000001',
      message: 'Select a local authority from the list',
    },
    {
      name: 'a UKPRN not starting with 1',
      schema: ukprn,
      input: '20012345',
      message: 'Enter a UK provider reference number (UKPRN) in the correct format: 8 digits starting with 1',
    },
  ])('explains what is wrong with $name', ({ schema, input, message }) => {
    expect(messagesOf(schema.safeParse(input))).toEqual([message]);
  });
});

describe('dateOfBirth', () => {
  const schema = dateOfBirth(plainDate('2026-03-15'));

  it.each([
    { name: 'a child born yesterday (aged 0)', value: '2026-03-14' },
    { name: 'a child born on a leap day', value: '2016-02-29' },
    { name: 'a young person the day before their 26th birthday', value: '2000-03-16' },
  ])('accepts $name', ({ value }) => {
    expect(schema.parse(value)).toBe(value);
  });

  it.each([
    { name: 'nothing', value: '', message: 'Enter the date of birth' },
    {
      name: '29 February in a year that is not a leap year',
      value: '2015-02-29',
      message: 'Date of birth must be a real date',
    },
    { name: 'a 13th month', value: '2015-13-01', message: 'Date of birth must be a real date' },
    { name: 'a British-style date', value: '15/03/2015', message: 'Date of birth must be a real date' },
    { name: 'today', value: '2026-03-15', message: 'Date of birth must be in the past' },
    { name: 'tomorrow', value: '2026-03-16', message: 'Date of birth must be in the past' },
    {
      name: 'a young person on their 26th birthday',
      value: '2000-03-15',
      message: 'The child or young person must be 25 or under',
    },
  ])('refuses $name', ({ value, message }) => {
    expect(messagesOf(schema.safeParse(value))).toEqual([message]);
  });

  it('refuses something that is not text', () => {
    expect(messagesOf(schema.safeParse(20150315))).toEqual(['Enter the date of birth']);
  });
});
