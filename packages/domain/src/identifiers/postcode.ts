/**
 * UK postcodes, shape only: an outward code (A9, A99, AA9, AA99, A9A or AA9A) and an inward code
 * (a digit and two letters), plus the Girobank special GIR 0AA. Whether the postcode exists is for an
 * address lookup, not this check.
 */

const POSTCODE = /^(?:[A-Z]\d{1,2}|[A-Z]{2}\d{1,2}|[A-Z]\d[A-Z]|[A-Z]{2}\d[A-Z]) \d[A-Z]{2}$/;

/**
 * Upper case with exactly one space before the inward code (the last 3 characters), whatever
 * spacing was typed: " sw1a1aa " becomes "SW1A 1AA". Input too short to hold an inward code is
 * returned upper-cased with its spaces removed.
 */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5) return compact;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export function isValidPostcode(value: string): boolean {
  const postcode = normalisePostcode(value);
  return postcode === 'GIR 0AA' || POSTCODE.test(postcode);
}
