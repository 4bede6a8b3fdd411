import { describe, expect, it } from 'vitest';

import { isValidLaCode, isValidLaestab, isValidUkprn, isValidUrn } from './school-codes';

describe.each([
  {
    name: 'isValidUrn',
    check: isValidUrn,
    valid: ['118945', '100000', ' 123456 '],
    invalid: ['', '12345', '1234567', '12345A', '123 456'],
  },
  {
    name: 'isValidLaCode',
    check: isValidLaCode,
    valid: ['886', '202', '942', '943'],
    invalid: ['', '88', '8860', 'E06', '8 6'],
  },
  {
    name: 'isValidLaestab',
    check: isValidLaestab,
    valid: ['8862001', '2023456'],
    invalid: ['886200', '886-2001', '88620011'],
  },
  {
    name: 'isValidUkprn',
    check: isValidUkprn,
    valid: ['10012345', '19999999'],
    invalid: ['20012345', '1001234', '100123456', '1001234A', ''],
  },
])('$name', ({ check, valid, invalid }) => {
  it.each(valid)('accepts %j', (value) => {
    expect(check(value)).toBe(true);
  });
  it.each(invalid)('refuses %j', (value) => {
    expect(check(value)).toBe(false);
  });
});
