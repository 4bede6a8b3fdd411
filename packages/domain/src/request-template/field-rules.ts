/** Messages and format rules shared by validation, sanitising and the draft schema. */
import { z } from 'zod';

import { laCode, nhsNumber, postcode, upn, urn } from '../identifiers';
import type { FieldDefinition, FieldType } from './types';

export const emailAddress = z
  .string({ error: 'Enter an email address in the correct format, like name@example.com' })
  .trim()
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }));
export type EmailAddress = z.infer<typeof emailAddress>;

const PHONE_MESSAGE = 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192';

/** UK or international telephone numbers as people type them: digits with spaces, dashes, brackets, a leading +. */
export const telephoneNumber = z
  .string({ error: PHONE_MESSAGE })
  .trim()
  .refine((value) => {
    if (!/^\+?[\d\s()-]+$/.test(value)) return false;
    const digits = value.replace(/\D/g, '').length;
    return digits >= 10 && digits <= 15;
  }, PHONE_MESSAGE);
export type TelephoneNumber = z.infer<typeof telephoneNumber>;

/** The schema that checks each formatted field type; messages come from the schema. */
export const formatSchemas = {
  upn,
  nhsNumber,
  postcode,
  email: emailAddress,
  phone: telephoneNumber,
  schoolUrn: urn,
  laCode,
} as const;

const defaultMaxLength: Record<Exclude<FieldType, 'group' | 'checkboxes'>, number> = {
  text: 200,
  textarea: 4000,
  date: 10,
  select: 100,
  radios: 100,
  yesNo: 3,
  upn: 20,
  nhsNumber: 20,
  postcode: 16,
  email: 254,
  phone: 30,
  number: 32,
  schoolUrn: 10,
  laCode: 10,
};

/** Longest text kept for a field (for a number field, the longest text kept while it is being corrected). */
export function maxLengthOf(field: FieldDefinition): number {
  if (field.type === 'group' || field.type === 'checkboxes') return field.maxLength ?? 100;
  return field.maxLength ?? defaultMaxLength[field.type];
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// An LA is chosen from a list, so it is "selected" like the other choices.
const selectTypes: ReadonlySet<FieldType> = new Set(['select', 'radios', 'checkboxes', 'yesNo', 'laCode']);

export function requiredMessage(field: FieldDefinition): string {
  if (field.messages?.required) return field.messages.required;
  if (field.type === 'group') return `Add ${field.errorLabel}`;
  return `${selectTypes.has(field.type) ? 'Select' : 'Enter'} ${field.errorLabel}`;
}

export function invalidMessage(field: FieldDefinition, fallback: string): string {
  return field.messages?.invalid ?? fallback;
}

export function tooLongMessage(field: FieldDefinition, max: number): string {
  return `${capitalise(field.errorLabel)} must be ${max} characters or fewer`;
}

/**
 * A number answer as a number: JSON numbers as they are; typed text with optional commas, spaces,
 * a leading £ or a trailing % ("1,250", "£1250", "87.5%"). Undefined when it is not a number.
 */
export function parseNumberAnswer(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const compact = value.replace(/[\s,]/g, '').replace(/^£/, '').replace(/%$/, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(compact) ? Number(compact) : undefined;
}

/** Cuts text to `max` UTF-16 units without leaving half of a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
