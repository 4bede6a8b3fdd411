import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isValidNhsNumber, nhsNumberCheckDigit, normaliseNhsNumber } from './nhs-number';

describe('isValidNhsNumber', () => {
  it.each([
    // 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9
    { name: 'the NHS example', value: '9434765919' },
    { name: 'the NHS example shown 3-3-4 with spaces', value: '943 476 5919' },
    { name: 'the NHS example with dashes', value: '943-476-5919' },
    { name: 'spaces around it', value: ' 9434765919 ' },
    // 9×10 + 8×9 + … + 1×2 = 330; 330 mod 11 = 0; 11 − 0 = 11, which becomes 0
    { name: 'a check digit of 0 (from 11)', value: '9876543210' },
    // 1×10 + 2×9 + 3×8 + 4×7 + 5×6 + 6×5 + 7×4 + 8×3 + 8×2 = 208; 208 mod 11 = 10; 11 − 10 = 1
    { name: 'a check digit of 1', value: '1234567881' },
  ])('accepts $name ($value)', ({ value }) => {
    expect(isValidNhsNumber(value)).toBe(true);
  });

  it.each([
    { name: 'the wrong check digit', value: '9434765918' },
    { name: '9 digits', value: '943476591' },
    { name: '11 digits', value: '94347659190' },
    { name: 'a letter', value: '943476591A' },
    { name: 'dots between the groups', value: '943.476.5919' },
    // 6×2 = 12; 12 mod 11 = 1; 11 − 1 = 10, so no tenth digit can make it valid
    { name: 'digits whose check would be 10 (ending 0)', value: '0000000060' },
    { name: 'digits whose check would be 10 (ending 1)', value: '0000000061' },
    { name: 'nothing', value: '' },
  ])('refuses $name ($value)', ({ value }) => {
    expect(isValidNhsNumber(value)).toBe(false);
  });

  it('accepts 9 digits with their check digit and refuses every other last digit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (digits) => {
        const first9 = digits.join('');
        const check = nhsNumberCheckDigit(first9);
        for (let last = 0; last <= 9; last += 1) {
          expect(isValidNhsNumber(`${first9}${last}`)).toBe(last === check);
        }
      }),
    );
  });
});

describe('normaliseNhsNumber', () => {
  it('removes the spaces and dashes people type between the groups', () => {
    expect(normaliseNhsNumber('943 476-5919')).toBe('9434765919');
  });
});
