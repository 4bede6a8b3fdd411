import { describe, expect, it } from 'vitest';

import { isValidPostcode, normalisePostcode } from './postcode';

describe('isValidPostcode', () => {
  it.each([
    { shape: 'A9 9AA', value: 'M1 1AE' },
    { shape: 'A99 9AA', value: 'B33 8TH' },
    { shape: 'AA9 9AA', value: 'CR2 6XH' },
    { shape: 'AA99 9AA', value: 'DN55 1PT' },
    { shape: 'A9A 9AA', value: 'W1A 0AX' },
    { shape: 'AA9A 9AA', value: 'EC1A 1BB' },
    { shape: 'lower case with no space', value: 'sw1a1aa' },
    { shape: 'extra spaces', value: '  SW1A   1AA ' },
    { shape: 'the Girobank special', value: 'GIR 0AA' },
    { shape: 'the Girobank special in lower case', value: 'gir0aa' },
  ])('accepts $shape ($value)', ({ value }) => {
    expect(isValidPostcode(value)).toBe(true);
  });

  it.each([
    { name: 'nothing', value: '' },
    { name: 'only an outward code', value: 'SW1A' },
    { name: 'the codes the wrong way round', value: '1AA SW1A' },
    { name: 'a short inward code', value: 'SW1A 1A' },
    { name: 'a long inward code', value: 'SW1A 1AAA' },
    { name: 'three area letters', value: 'ABC 1AA' },
    { name: 'no district', value: 'A 1AA' },
    { name: 'a dash for the space', value: 'SW1A-1AA' },
    { name: 'a digit in the inward letters', value: 'SW1A 1A1' },
  ])('refuses $name ($value)', ({ value }) => {
    expect(isValidPostcode(value)).toBe(false);
  });
});

describe('normalisePostcode', () => {
  it.each([
    { typed: 'sw1a1aa', stored: 'SW1A 1AA' },
    { typed: ' sw1a   1aa ', stored: 'SW1A 1AA' },
    { typed: 'M11AE', stored: 'M1 1AE' },
    { typed: 'gir 0aa', stored: 'GIR 0AA' },
    { typed: 'ab 1', stored: 'AB1' },
  ])('stores "$typed" as "$stored"', ({ typed, stored }) => {
    expect(normalisePostcode(typed)).toBe(stored);
  });
});
