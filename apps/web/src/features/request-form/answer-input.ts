import type { DateInputField, DateInputValue, InputWidth } from '@casework/ui';
import type { FieldDefinition, FieldWidth } from '@casework/domain';

/**
 * Conversions between what a person types into the form's inputs and the stored answer, with no
 * React in them so they can be tested on their own.
 */

const emptyDate: DateInputValue = { day: '', month: '', year: '' };

// A stored date is at most 10 characters (the draft schema's limit for a date field), so each box
// keeps no more than it is for.
const datePartLengths: Record<DateInputField, number> = { day: 2, month: 2, year: 4 };

/**
 * What one date box keeps of what was typed: no spaces, no dashes (a dash separates the parts when
 * the date is stored) and no more characters than the box is for. Letters are kept: the validator
 * says the date is not real, rather than the form silently dropping what was typed.
 */
export function cleanDatePart(part: DateInputField, typed: string): string {
  return typed.replace(/[\s-]/g, '').slice(0, datePartLengths[part]);
}

/**
 * The stored answer for the three date boxes: `YYYY-MM-DD` (day and month zero-padded, the year as
 * typed) once all three are filled, whether or not it is a real date; while some are empty, the parts
 * as typed in the same order, so "7", "", "2015" is kept as `2015--7`. Undefined when all are empty.
 */
export function dateAnswerFromParts(parts: DateInputValue): string | undefined {
  const day = cleanDatePart('day', parts.day);
  const month = cleanDatePart('month', parts.month);
  const year = cleanDatePart('year', parts.year);
  if (day === '' && month === '' && year === '') return undefined;
  if (day !== '' && month !== '' && year !== '') {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return `${year}-${month}-${day}`;
}

function withoutPadding(part: string): string {
  return /^0\d$/.test(part) ? part.slice(1) : part;
}

/**
 * The three date boxes for a stored answer: the inverse of `dateAnswerFromParts`. A complete date is
 * shown without zero-padding ("7", "3", "2015"); a partial one exactly as it was typed. Text that is
 * not in the stored shape at all is shown in the year box, so it can be seen and corrected.
 */
export function datePartsFromAnswer(value: unknown): DateInputValue {
  if (typeof value !== 'string' || value.trim() === '') return emptyDate;
  const parts = value.split('-');
  const [year, month, day] = parts;
  if (parts.length !== 3 || year === undefined || month === undefined || day === undefined) {
    return { ...emptyDate, year: value };
  }
  if (year !== '' && month !== '' && day !== '') {
    return { day: withoutPadding(day), month: withoutPadding(month), year };
  }
  return { day, month, year };
}

/**
 * The date boxes an error is about: the empty ones of a partly filled date, otherwise all three.
 * The first of them is where the error summary link should land.
 */
export function dateErrorFields(value: unknown): DateInputField[] {
  const parts = datePartsFromAnswer(value);
  const all: DateInputField[] = ['day', 'month', 'year'];
  const empty = all.filter((part) => parts[part] === '');
  return empty.length > 0 && empty.length < all.length ? empty : all;
}

/**
 * The stored answer for a number box: a number when the text is exactly a plain number ("87.5"),
 * otherwise the text as typed ("87.", "1,250", "£1250", "about 5"), so the box never rewrites what
 * the person is typing. The validator and the server's sanitiser read "1,250" as 1250 and report
 * text that is not a number. Undefined when blank.
 */
export function numberAnswerFromText(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const n = Number(text);
  return String(n) === text ? n : text;
}

/** The text a number box shows for a stored answer. */
export function numberInputText(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/** The text a text box shows for a stored answer. */
export function textInputText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** A stored list of ticked options; a single string (never written by this form) counts as one. */
export function checkboxValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** A copy of `record` with `key` set to `value`, or without `key` when the value is missing, '' or []. */
export function withAnswer<T extends Record<string, unknown>>(record: T, key: string, value: unknown): T {
  const next: Record<string, unknown> = { ...record };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    delete next[key];
  } else {
    next[key] = value;
  }
  return next as T;
}

const widthClasses: Record<FieldWidth, InputWidth> = {
  full: 'govuk-!-width-full',
  'three-quarters': 'govuk-!-width-three-quarters',
  'two-thirds': 'govuk-!-width-two-thirds',
  'one-half': 'govuk-!-width-one-half',
  'one-third': 'govuk-!-width-one-third',
  'one-quarter': 'govuk-!-width-one-quarter',
  'char-30': 'govuk-input--width-30',
  'char-20': 'govuk-input--width-20',
  'char-10': 'govuk-input--width-10',
  'char-5': 'govuk-input--width-5',
  'char-4': 'govuk-input--width-4',
  'char-3': 'govuk-input--width-3',
};

// Sized to the answer, as GOV.UK asks: a box's width is a hint about what goes in it.
const defaultWidths: Partial<Record<FieldDefinition['type'], FieldWidth>> = {
  upn: 'char-20',
  nhsNumber: 'char-10',
  postcode: 'char-10',
  phone: 'char-20',
  schoolUrn: 'char-10',
  number: 'char-10',
};

/** The GOV.UK width class for a text box. */
export function inputWidthClass(field: FieldDefinition): InputWidth | undefined {
  const width = field.width ?? defaultWidths[field.type];
  return width === undefined ? undefined : widthClasses[width];
}

/** Fluid widths only: the character widths are for text boxes, not selects. */
export function selectWidthClass(field: FieldDefinition): string | undefined {
  return field.width === undefined || field.width.startsWith('char-') ? undefined : widthClasses[field.width];
}

/**
 * Lower-cases the first letter for use after a verb ("Add another parent or carer"), unless the
 * word is an abbreviation ("NHS number", "UPN").
 */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  return second !== '' && second === second.toUpperCase() && /[A-Z]/.test(second)
    ? text
    : first.toLowerCase() + text.slice(1);
}
