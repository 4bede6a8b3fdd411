/**
 * zod schemas for the identifiers, with GOV.UK-style messages written once here. Each schema
 * outputs the normalised form, so what is stored is always the same shape whatever was typed.
 */
import { z } from 'zod';

import { ageOn, compareDates, isPlainDate, plainDate } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number';
import { isValidPostcode, normalisePostcode } from './postcode';
import { isValidLaCode, isValidUkprn, isValidUrn } from './school-codes';
import { hasUpnShape, isValidUpn, normaliseUpn } from './upn';

export const identifierMessages = {
  upnFormat: 'Enter a UPN in the correct format, like B801200005001',
  upnCheckLetter: "The UPN check letter is not right: check it against the school's records",
  nhsNumberFormat: 'Enter an NHS number in the correct format, like 943 476 5919',
  nhsNumberCheckDigit:
    "The NHS number is not right: check it against a letter from the NHS or the child's red book",
  postcode: 'Enter a full UK postcode, like SW1A 1AA',
  urn: "Enter the school's 6-digit unique reference number (URN), like 118945",
  laCode: 'Select a local authority from the list',
  ukprn: 'Enter a UK provider reference number (UKPRN) in the correct format: 8 digits starting with 1',
  dateOfBirthMissing: 'Enter the date of birth',
  dateOfBirthNotReal: 'Date of birth must be a real date',
  dateOfBirthNotPast: 'Date of birth must be in the past',
  dateOfBirthTooOld: 'The child or young person must be 25 or under',
} as const;

export const upn = z
  .string({ error: identifierMessages.upnFormat })
  .overwrite(normaliseUpn)
  .superRefine((value, ctx) => {
    if (!hasUpnShape(value)) ctx.addIssue({ code: 'custom', message: identifierMessages.upnFormat });
    else if (!isValidUpn(value)) ctx.addIssue({ code: 'custom', message: identifierMessages.upnCheckLetter });
  });
export type Upn = z.infer<typeof upn>;

export const nhsNumber = z
  .string({ error: identifierMessages.nhsNumberFormat })
  .overwrite(normaliseNhsNumber)
  .superRefine((value, ctx) => {
    if (!/^\d{10}$/.test(value))
      ctx.addIssue({ code: 'custom', message: identifierMessages.nhsNumberFormat });
    else if (!isValidNhsNumber(value))
      ctx.addIssue({ code: 'custom', message: identifierMessages.nhsNumberCheckDigit });
  });
export type NhsNumber = z.infer<typeof nhsNumber>;

export const postcode = z
  .string({ error: identifierMessages.postcode })
  .overwrite(normalisePostcode)
  .refine(isValidPostcode, identifierMessages.postcode);
export type Postcode = z.infer<typeof postcode>;

export const urn = z
  .string({ error: identifierMessages.urn })
  .trim()
  .refine(isValidUrn, identifierMessages.urn);
export type Urn = z.infer<typeof urn>;

export const laCode = z
  .string({ error: identifierMessages.laCode })
  .trim()
  .refine(isValidLaCode, identifierMessages.laCode);
export type LaCode = z.infer<typeof laCode>;

export const ukprn = z
  .string({ error: identifierMessages.ukprn })
  .trim()
  .refine(isValidUkprn, identifierMessages.ukprn);
export type Ukprn = z.infer<typeof ukprn>;

/**
 * A date of birth for this service, judged on `today`: an ISO date ("2014-03-27") that exists,
 * is before today, and makes the child or young person 0 to 25 (the 0–25 SEND system, CFA s83).
 */
export function dateOfBirth(today: PlainDate) {
  return z
    .string({ error: identifierMessages.dateOfBirthMissing })
    .trim()
    .superRefine((value, ctx) => {
      if (value === '') ctx.addIssue({ code: 'custom', message: identifierMessages.dateOfBirthMissing });
      else if (!isPlainDate(value))
        ctx.addIssue({ code: 'custom', message: identifierMessages.dateOfBirthNotReal });
      else if (compareDates(value, today) >= 0)
        ctx.addIssue({ code: 'custom', message: identifierMessages.dateOfBirthNotPast });
      else if (ageOn(value, today) > 25)
        ctx.addIssue({ code: 'custom', message: identifierMessages.dateOfBirthTooOld });
    })
    .transform((value): PlainDate => plainDate(value));
}
export type DateOfBirth = PlainDate;
