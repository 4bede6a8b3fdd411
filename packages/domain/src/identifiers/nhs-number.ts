/**
 * NHS numbers: 10 digits, usually written 3-3-4. Digits 1–9 are weighted 10 down to 2; the check
 * digit (digit 10) is 11 minus the sum's remainder after division by 11, where 11 becomes 0 and 10
 * means no valid number can be made from those 9 digits.
 */

/** Removes spaces and dashes (so "943 476 5919" and "943-476-5919" both become "9434765919"). */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** The check digit for the first 9 digits, or null when the 9 digits cannot form a valid number. */
export function nhsNumberCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(first9.charAt(i)) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
}

export function isValidNhsNumber(value: string): boolean {
  const digits = normaliseNhsNumber(value);
  if (!/^\d{10}$/.test(digits)) return false;
  return nhsNumberCheckDigit(digits.slice(0, 9)) === Number(digits.charAt(9));
}
