import { describe, expect, it } from 'vitest';

import { plainDate } from '../plain-date';
import { draftAnswersSchema, draftTooLargeMessage } from './draft-answers';
import { exampleCompleteRequestAnswers } from './example';

const example = exampleCompleteRequestAnswers(plainDate('2026-03-15'));

function issues(input: unknown) {
  const result = draftAnswersSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('draftAnswersSchema', () => {
  it.each([
    { name: 'nothing yet', input: {} },
    { name: 'one answer', input: { child: { legalName: 'Sam' } } },
    {
      name: 'answers that are not valid yet',
      input: { child: { upn: 'B8', dateOfBirth: '2015-02-', attendance: 'most' } },
    },
    { name: 'a half-filled group item', input: { parents: { items: [{}, { name: 'Ann' }] } } },
    { name: 'the complete example', input: example },
  ])('saves $name', ({ input }) => {
    expect(issues(input)).toEqual([]);
  });

  it('drops keys the template does not have', () => {
    expect(draftAnswersSchema.parse({ child: { legalName: 'Sam', role: 'admin' }, admin: {} })).toEqual({
      child: { legalName: 'Sam' },
    });
  });

  it('refuses text longer than the question allows', () => {
    expect(issues({ child: { legalName: 'a'.repeat(101) } })).toEqual([
      { path: 'child.legalName', message: "The child's legal name must be 100 characters or fewer" },
    ]);
  });

  it('refuses values of the wrong kind', () => {
    expect(issues({ needs: { secondaryNeeds: 'HI' } }).map((i) => i.path)).toEqual(['needs.secondaryNeeds']);
    expect(issues({ child: { legalName: 42 } }).map((i) => i.path)).toEqual(['child.legalName']);
    expect(issues({ parents: { items: ['Ann'] } }).map((i) => i.path)).toEqual(['parents.items.0']);
  });

  it('refuses more items than a group allows', () => {
    expect(issues({ parents: { items: Array.from({ length: 7 }, () => ({})) } })).toEqual([
      { path: 'parents.items', message: 'You can add up to 6 parents or carers' },
    ]);
  });

  it('refuses a draft over 200 KB, counting what was sent', () => {
    expect(issues({ child: { legalName: 'Sam' }, padding: 'x'.repeat(200_000) })).toEqual([
      { path: '', message: draftTooLargeMessage },
    ]);
  });

  it('counts characters outside ASCII by their UTF-8 size', () => {
    const item = (text: string) => ({ outcomesSought: text, supportGiven: text, progressMade: text });
    // 12 cycles × 3 answers × 2,000 characters of 3 bytes each is about 216 KB.
    const cycles = Array.from({ length: 12 }, () => item('€'.repeat(2000)));
    expect(issues({ graduatedApproach: { cycles } })).toEqual([{ path: '', message: draftTooLargeMessage }]);
    const asciiCycles = Array.from({ length: 12 }, () => item('e'.repeat(2000)));
    expect(issues({ graduatedApproach: { cycles: asciiCycles } })).toEqual([]);
  });
});
