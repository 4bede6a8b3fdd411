import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isValidUpn, normaliseUpn, upnCheckLetter, upnLetters } from './upn';

// Expected letters worked by hand from the rule (weights 2–13, mod 23, table A–Z less I, O, S),
// not from the code under test. Worked example for the first row:
// 8×2 + 0×3 + 1×4 + 2×5 + 0×6 + 0×7 + 0×8 + 0×9 + 5×10 + 0×11 + 0×12 + 1×13 = 93; 93 mod 23 = 1 → B.
const workedExamples = [
  { name: 'the DfE example', body: '801200005001', letter: 'B' },
  { name: 'a Kent school', body: '886123419001', letter: 'T' }, // 246 mod 23 = 16 → T
  { name: 'a Camden school', body: '202654321123', letter: 'W' }, // 226 mod 23 = 19 → W
  { name: 'a temporary UPN ending in A (value 0)', body: '80120000500A', letter: 'M' }, // 80 mod 23 = 11 → M
  { name: 'a temporary UPN ending in Z (value 22)', body: '94223456789Z', letter: 'E' }, // 740 mod 23 = 4 → E
  { name: 'all zeros', body: '000000000000', letter: 'A' }, // 0 → A
  { name: 'all nines', body: '999999999999', letter: 'F' }, // 9 × 90 = 810; 810 mod 23 = 5 → F
];

const bodyArbitrary = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }),
    fc.constantFrom(...'0123456789', ...upnLetters),
  )
  .map(([digits, last]) => `${digits.join('')}${last}`);

describe('upnCheckLetter', () => {
  it.each(workedExamples)('gives $letter for $name ($body)', ({ body, letter }) => {
    expect(upnCheckLetter(body)).toBe(letter);
  });

  it.each([
    { name: 'too short', body: '80120000500' },
    { name: 'too long', body: '8012000050011' },
    { name: 'a letter before the last place', body: '8012000A5001' },
    { name: 'I as the temporary letter', body: '80120000500I' },
    { name: 'O as the temporary letter', body: '80120000500O' },
    { name: 'S as the temporary letter', body: '80120000500S' },
    { name: 'punctuation', body: '80120000500-' },
  ])('gives no letter for a body that is $name', ({ body }) => {
    expect(upnCheckLetter(body)).toBeNull();
  });
});

describe('isValidUpn', () => {
  it('gives a temporary letter the same value as the digit in the same place of the table', () => {
    expect(upnCheckLetter('801200005005')).toBe(upnCheckLetter('80120000500F'));
  });

  it.each([
    { name: 'the DfE example', value: 'B801200005001' },
    { name: 'lower case with spaces around it', value: '  b801200005001 ' },
    ...workedExamples.map((e) => ({ name: e.name, value: `${e.letter}${e.body}` })),
  ])('accepts $name ($value)', ({ value }) => {
    expect(isValidUpn(value)).toBe(true);
  });

  it.each([
    { name: 'the wrong check letter', value: 'C801200005001' },
    { name: 'a check letter that is never used (I)', value: 'I801200005001' },
    { name: 'a check letter that is never used (O)', value: 'O801200005001' },
    { name: 'a check letter that is never used (S)', value: 'S801200005001' },
    { name: 'a digit for a check letter', value: '1801200005001' },
    { name: '12 characters', value: 'B80120000500' },
    { name: '14 characters', value: 'B8012000050010' },
    { name: 'a temporary letter I', value: 'M80120000500I' },
    { name: 'two digits swapped', value: 'B810200005001' },
    { name: 'a space inside', value: 'B801 200005001' },
    { name: 'nothing', value: '' },
  ])('refuses $name ($value)', ({ value }) => {
    expect(isValidUpn(value)).toBe(false);
  });

  it('accepts a body with its computed check letter and refuses every other letter', () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), (body, other) => {
        const letter = upnCheckLetter(body);
        expect(letter).not.toBeNull();
        expect(isValidUpn(`${letter}${body}`)).toBe(true);
        if (other !== letter) expect(isValidUpn(`${other}${body}`)).toBe(false);
      }),
    );
  });

  it('detects any single character in the body changed to one of another value', () => {
    // 23 is prime and every weight and every difference of values is below 23, so no single
    // substitution can leave the sum unchanged modulo 23. A temporary letter has the same value as
    // a digit (A = 0 … K = 9), so "5" and "F" in the last place share a check letter by the rule.
    fc.assert(
      fc.property(
        bodyArbitrary,
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom(...'0123456789', ...upnLetters),
        (body, position, replacement) => {
          const valueOf = (ch: string) => (/\d/.test(ch) ? Number(ch) : upnLetters.indexOf(ch));
          const original = body.charAt(position);
          const isTemporaryPlace = position === 11;
          fc.pre(valueOf(replacement) !== valueOf(original) && (isTemporaryPlace || /\d/.test(replacement)));
          const changed = `${body.slice(0, position)}${replacement}${body.slice(position + 1)}`;
          expect(isValidUpn(`${upnCheckLetter(body)}${changed}`)).toBe(false);
        },
      ),
    );
  });
});

describe('normaliseUpn', () => {
  it('trims and upper-cases what was typed', () => {
    expect(normaliseUpn(' b801200005001\n')).toBe('B801200005001');
  });
});
