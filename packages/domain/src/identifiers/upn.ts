/**
 * Unique pupil numbers (DfE "UPN" data standard, see shared/reference/identifiers.md).
 *
 * A UPN is 13 characters: a check letter, then the issuing school's 3-digit LA number, its 4-digit
 * establishment number, the last 2 digits of the year of issue and a 3-digit serial. A temporary UPN
 * ends in a letter instead of the serial's last digit. Former UPNs follow the same rules.
 */

/** The 23 letters a UPN may use, in value order: A = 0 … Z = 22 (I, O and S are never used). */
export const upnLetters = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const BODY = /^\d{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/;
const UPN = /^[ABCDEFGHJKLMNPQRTUVWXYZ]\d{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/;

/** Trims and upper-cases; does not check anything. */
export function normaliseUpn(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * The check letter for the 12 characters at positions 2–13 of a UPN, or null when those
 * characters cannot be a UPN body (11 digits, then a digit or, for a temporary UPN, a letter).
 * Each character is weighted by its position in the full UPN (2 to 13); a letter counts as its
 * value in `upnLetters`; the sum modulo 23 indexes `upnLetters`.
 */
export function upnCheckLetter(body12: string): string | null {
  const body = normaliseUpn(body12);
  if (!BODY.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body.charAt(i);
    const value = ch >= '0' && ch <= '9' ? Number(ch) : upnLetters.indexOf(ch);
    sum += value * (i + 2);
  }
  return upnLetters.charAt(sum % 23);
}

/** Whether the shape is right, whatever the check letter. */
export function hasUpnShape(value: string): boolean {
  return UPN.test(normaliseUpn(value));
}

export function isValidUpn(value: string): boolean {
  const upn = normaliseUpn(value);
  return UPN.test(upn) && upnCheckLetter(upn.slice(1)) === upn.charAt(0);
}
