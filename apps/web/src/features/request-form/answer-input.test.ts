import { describe, expect, it } from 'vitest';

import {
  cleanDatePart,
  dateAnswerFromParts,
  dateErrorFields,
  datePartsFromAnswer,
  lowerFirst,
  numberAnswerFromText,
  numberInputText,
  withAnswer,
} from './answer-input';

describe('date boxes and the stored date', () => {
  it.each([
    {
      name: 'a complete date is stored zero-padded',
      parts: { day: '7', month: '3', year: '2015' },
      stored: '2015-03-07',
    },
    {
      name: 'a complete padded date is stored as it is',
      parts: { day: '07', month: '03', year: '2015' },
      stored: '2015-03-07',
    },
    {
      name: 'an impossible date is still stored, for the validator to report',
      parts: { day: '31', month: '2', year: '2015' },
      stored: '2015-02-31',
    },
    {
      name: 'a two-digit year is not padded into a real date',
      parts: { day: '7', month: '3', year: '15' },
      stored: '15-03-07',
    },
    {
      name: 'a missing month keeps the other parts as typed',
      parts: { day: '07', month: '', year: '2015' },
      stored: '2015--07',
    },
    { name: 'only a year', parts: { day: '', month: '', year: '2015' }, stored: '2015--' },
    { name: 'only a day', parts: { day: '7', month: '', year: '' }, stored: '--7' },
    {
      name: 'letters are kept for the validator to report',
      parts: { day: 'x', month: '3', year: '2015' },
      stored: '2015-03-0x',
    },
  ])('$name', ({ parts, stored }) => {
    expect(dateAnswerFromParts(parts)).toBe(stored);
  });

  it('stores nothing when all three boxes are empty', () => {
    expect(dateAnswerFromParts({ day: '', month: '', year: '' })).toBeUndefined();
    expect(dateAnswerFromParts({ day: ' ', month: '', year: '' })).toBeUndefined();
  });

  it.each([
    {
      name: 'a complete date shows without padding',
      stored: '2015-03-07',
      parts: { day: '7', month: '3', year: '2015' },
    },
    {
      name: 'a partial date shows exactly as typed',
      stored: '2015--07',
      parts: { day: '07', month: '', year: '2015' },
    },
    { name: 'a year alone', stored: '2015--', parts: { day: '', month: '', year: '2015' } },
    { name: 'a day alone', stored: '--7', parts: { day: '7', month: '', year: '' } },
    {
      name: 'text in no known shape goes in the year box',
      stored: 'last May',
      parts: { day: '', month: '', year: 'last May' },
    },
  ])('reads back $name', ({ stored, parts }) => {
    expect(datePartsFromAnswer(stored)).toEqual(parts);
  });

  it('reads nothing as empty boxes', () => {
    expect(datePartsFromAnswer(undefined)).toEqual({ day: '', month: '', year: '' });
    expect(datePartsFromAnswer(42)).toEqual({ day: '', month: '', year: '' });
  });

  it.each(['2015-03-07', '2015--07', '2015--', '--7', '-3-', '2015-02-31', '15-03-07'])(
    'survives an autosave round trip: %s',
    (stored) => {
      expect(dateAnswerFromParts(datePartsFromAnswer(stored))).toBe(stored);
    },
  );

  it('keeps each box to its length and drops spaces and dashes, so a stored date fits in 10 characters', () => {
    expect(cleanDatePart('day', ' 1-2 ')).toBe('12');
    expect(cleanDatePart('day', '123')).toBe('12');
    expect(cleanDatePart('year', '20155')).toBe('2015');
    expect(dateAnswerFromParts({ day: '123', month: '456', year: '789012' })).toHaveLength(10);
  });

  it('points an error at the empty boxes of a partial date, otherwise at all three', () => {
    expect(dateErrorFields('2015--07')).toEqual(['month']);
    expect(dateErrorFields('--7')).toEqual(['month', 'year']);
    expect(dateErrorFields('2015-02-31')).toEqual(['day', 'month', 'year']);
    expect(dateErrorFields(undefined)).toEqual(['day', 'month', 'year']);
  });
});

describe('number boxes', () => {
  it.each([
    { typed: '87.5', stored: 87.5 },
    { typed: '12', stored: 12 },
    { typed: '-3', stored: -3 },
    { typed: '87.', stored: '87.' },
    { typed: '007', stored: '007' },
    { typed: '1,250', stored: '1,250' },
    { typed: '£1250', stored: '£1250' },
    { typed: 'about 5', stored: 'about 5' },
    { typed: ' 5', stored: ' 5' },
  ])('stores "$typed" as $stored, so the box never rewrites what is being typed', ({ typed, stored }) => {
    expect(numberAnswerFromText(typed)).toBe(stored);
    expect(numberInputText(numberAnswerFromText(typed))).toBe(typed);
  });

  it('stores nothing for a blank box', () => {
    expect(numberAnswerFromText('')).toBeUndefined();
    expect(numberAnswerFromText('  ')).toBeUndefined();
  });
});

describe('withAnswer', () => {
  it('sets an answer and removes empty ones without changing the original', () => {
    const before = { a: 'x', b: ['y'] };
    expect(withAnswer(before, 'c', 'z')).toEqual({ a: 'x', b: ['y'], c: 'z' });
    expect(withAnswer(before, 'a', '')).toEqual({ b: ['y'] });
    expect(withAnswer(before, 'b', [])).toEqual({ a: 'x' });
    expect(withAnswer(before, 'a', undefined)).toEqual({ b: ['y'] });
    expect(before).toEqual({ a: 'x', b: ['y'] });
  });
});

describe('lowerFirst', () => {
  it('lower-cases a label for use after a verb, but not an abbreviation', () => {
    expect(lowerFirst('Parent or carer')).toBe('parent or carer');
    expect(lowerFirst('NHS number')).toBe('NHS number');
    expect(lowerFirst('Unique pupil number (UPN)')).toBe('unique pupil number (UPN)');
    expect(lowerFirst('')).toBe('');
  });
});
