import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fieldElementId } from './field-element-id';

const SAFE_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

describe('fieldElementId', () => {
  it.each([
    { path: 'child.dateOfBirth', id: 'child-dateOfBirth' },
    { path: 'professionals.items.0.name', id: 'professionals-items-0-name' },
    { path: 'parents.items', id: 'parents-items' },
    { path: '0.name', id: '_30_-name' },
    { path: 'a b', id: 'a_20_b' },
    { path: 'child"><script>', id: 'child_22__3e__3c_script_3e_' },
  ])('turns $path into $id', ({ path, id }) => {
    expect(fieldElementId(path)).toBe(id);
  });

  it('always gives an id safe in HTML, CSS selectors and links', () => {
    fc.assert(
      fc.property(fc.string(), (path) => {
        expect(fieldElementId(path)).toMatch(SAFE_ID);
      }),
    );
  });

  it('never gives two different paths the same id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => {
        fc.pre(a !== b);
        expect(fieldElementId(a)).not.toBe(fieldElementId(b));
      }),
    );
  });
});
