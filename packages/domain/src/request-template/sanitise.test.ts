import { describe, expect, it } from 'vitest';

import { plainDate } from '../plain-date';
import { exampleCompleteRequestAnswers } from './example';
import { sanitiseAnswers, withoutHiddenAnswers } from './sanitise';
import { requestTemplateV1 } from './template-v1';

const today = plainDate('2026-03-15');
const example = exampleCompleteRequestAnswers(today);
const sanitise = (answers: unknown) => sanitiseAnswers(requestTemplateV1, answers);

describe('sanitiseAnswers', () => {
  it('keeps the example request exactly as it is', () => {
    expect(sanitise(example)).toEqual(example);
  });

  it.each([null, 'answers', 42, [], undefined])('makes empty answers from %j', (answers) => {
    expect(sanitise(answers)).toEqual({});
  });

  it('drops sections, fields and item fields the template does not have', () => {
    const answers = JSON.parse(
      '{"admin":{"approved":"yes"},"__proto__":{"polluted":true},' +
        '"child":{"legalName":"Sam","isAdmin":true,"constructor":"x","__proto__":{"a":1}},' +
        '"parents":{"items":[{"name":"Ann","role":"owner"}],"extra":[1]}}',
    ) as unknown;
    expect(sanitise(answers)).toEqual({ child: { legalName: 'Sam' }, parents: { items: [{ name: 'Ann' }] } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('trims text, removes control characters and keeps line breaks only in long answers, folding other runs of spaces', () => {
    expect(
      sanitise({
        child: { legalName: '  Sam\u0000 \n Jones\t ', firstLanguage: '   ' },
        views: { importantToMe: '  My dog.\r\n\r\nSwimming.\u0007  ' },
      }),
    ).toEqual({ child: { legalName: 'Sam Jones' }, views: { importantToMe: 'My dog.\n\nSwimming.' } });
  });

  it('cuts text to its maximum length without splitting a character', () => {
    const clean = sanitise({ child: { legalName: `${'a'.repeat(99)}😀b`, firstLanguage: 'x'.repeat(500) } });
    expect(clean.child?.legalName).toBe('a'.repeat(99));
    expect(clean.child?.firstLanguage).toBe('x'.repeat(60));
  });

  it('keeps only answers of the right kind for each question', () => {
    expect(
      sanitise({
        child: {
          legalName: { first: 'Sam' },
          sex: 'unknown',
          ethnicity: 'WBRI',
          lookedAfter: 'YES',
          youngCarer: true,
          attendance: '87.5%',
          currentSetting: 118945,
        },
        needs: { secondaryNeeds: ['HI', 'HI', 'ZZZ', 3, 'ASD'], primaryNeed: ['SLCN'] },
        consent: { sencoDeclaration: 'confirmed' },
      }),
    ).toEqual({
      child: { ethnicity: 'WBRI', attendance: 87.5, currentSetting: '118945' },
      needs: { secondaryNeeds: ['HI', 'ASD'] },
      consent: { sencoDeclaration: ['confirmed'] },
    });
  });

  it('keeps a number typed in words so it can be corrected', () => {
    expect(sanitise({ child: { attendance: ' most days ' } })).toEqual({
      child: { attendance: 'most days' },
    });
  });

  it('stores valid identifiers in their normal form and keeps others as typed', () => {
    expect(
      sanitise({ child: { upn: ' t886123419001 ', nhsNumber: '943 476 5919', postcode: 'me156ab' } }).child,
    ).toEqual({ upn: 'T886123419001', nhsNumber: '9434765919', postcode: 'ME15 6AB' });
    expect(sanitise({ child: { upn: 'c886123419001', postcode: 'me15' } }).child).toEqual({
      upn: 'c886123419001',
      postcode: 'me15',
    });
  });

  it('keeps no more items than a group allows, and drops items that are not objects', () => {
    const items = ['x', null, ...Array.from({ length: 10 }, (_, i) => ({ name: `Parent ${i}` }))];
    const clean = sanitise({ parents: { items } });
    expect(clean.parents?.items).toHaveLength(6);
    expect(clean.parents?.items).toEqual(Array.from({ length: 6 }, (_, i) => ({ name: `Parent ${i}` })));
  });

  it('keeps a blank item the person has just added', () => {
    expect(sanitise({ parents: { items: [{ name: 'Ann' }, {}] } })).toEqual({
      parents: { items: [{ name: 'Ann' }, {}] },
    });
  });
});

describe('withoutHiddenAnswers', () => {
  it('keeps every answer of the example request', () => {
    expect(withoutHiddenAnswers(requestTemplateV1, example, { today })).toEqual(example);
  });

  it('drops answers to questions no longer shown', () => {
    const answers = {
      child: { lookedAfter: 'no', socialWorkerName: 'Grace Obi', yearGroup: 'year5' },
      preparingForAdulthood: { employment: 'Vet' },
      parents: {
        items: [
          {
            name: 'Ann',
            livesWithChild: 'yes',
            addressLine1: '1 High Street',
            interpreterNeeded: 'no',
            interpreterLanguage: 'Urdu',
          },
        ],
      },
    };
    expect(withoutHiddenAnswers(requestTemplateV1, answers, { today })).toEqual({
      child: { lookedAfter: 'no', yearGroup: 'year5' },
      parents: { items: [{ name: 'Ann', livesWithChild: 'yes', interpreterNeeded: 'no' }] },
    });
  });
});
