import { describe, expect, it } from 'vitest';

import { plainDate } from '../plain-date';
import { evaluateCondition, isFieldRequired, visibleFields, visibleItemFields } from './conditions';
import { requestTemplateV1 } from './template-v1';
import type { Condition, GroupField, RequestAnswers, SectionDefinition } from './types';

const today = plainDate('2026-03-15');
const ctx = { today };

function section(id: string): SectionDefinition {
  const found = requestTemplateV1.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe('evaluateCondition', () => {
  const answers: RequestAnswers = {
    child: { lookedAfter: 'yes', yearGroup: 'year9', dateOfBirth: '2010-03-15' },
    needs: { secondaryNeeds: ['SEMH', 'HI'] },
  };

  it.each<{ name: string; condition: Condition; expected: boolean }>([
    {
      name: 'an answer that equals the value',
      condition: { field: 'child.lookedAfter', equals: 'yes' },
      expected: true,
    },
    {
      name: 'an answer that differs',
      condition: { field: 'child.lookedAfter', equals: 'no' },
      expected: false,
    },
    {
      name: 'an unanswered question',
      condition: { field: 'child.youngCarer', equals: 'yes' },
      expected: false,
    },
    {
      name: 'a path to no section',
      condition: { field: 'nowhere.lookedAfter', equals: 'yes' },
      expected: false,
    },
    {
      name: 'an answer in the list',
      condition: { field: 'child.yearGroup', in: ['year9', 'year10'] },
      expected: true,
    },
    {
      name: 'an answer not in the list',
      condition: { field: 'child.yearGroup', in: ['year7'] },
      expected: false,
    },
    {
      name: 'a ticked checkbox',
      condition: { field: 'needs.secondaryNeeds', includes: 'HI' },
      expected: true,
    },
    {
      name: 'an unticked checkbox',
      condition: { field: 'needs.secondaryNeeds', includes: 'VI' },
      expected: false,
    },
    {
      name: 'all of two true conditions',
      condition: { all: [{ ageAtLeast: 16 }, { yearGroupAtLeast: 9 }] },
      expected: true,
    },
    {
      name: 'all of a true and a false',
      condition: { all: [{ ageAtLeast: 16 }, { ageAtLeast: 17 }] },
      expected: false,
    },
    {
      name: 'any of a false and a true',
      condition: { any: [{ ageAtLeast: 17 }, { yearGroupAtLeast: 9 }] },
      expected: true,
    },
    { name: 'not of a true condition', condition: { not: { ageAtLeast: 16 } }, expected: false },
    { name: 'an empty all', condition: { all: [] }, expected: true },
    { name: 'an empty any', condition: { any: [] }, expected: false },
  ])('is $expected for $name', ({ condition, expected }) => {
    expect(evaluateCondition(condition, answers, ctx)).toBe(expected);
  });

  it.each([
    { name: 'the day before the 16th birthday', dob: '2010-03-16', on: '2026-03-15', expected: false },
    { name: 'the 16th birthday', dob: '2010-03-15', on: '2026-03-15', expected: true },
    {
      name: 'a leap-day birthday on 28 February of the 16th year',
      dob: '2008-02-29',
      on: '2024-02-28',
      expected: false,
    },
    {
      name: 'a leap-day birthday on 1 March of the 16th year',
      dob: '2008-02-29',
      on: '2024-03-01',
      expected: true,
    },
    { name: 'a date of birth that is not a real date', dob: '2008-02-30', on: '2026-03-15', expected: false },
    { name: 'no date of birth', dob: undefined, on: '2026-03-15', expected: false },
  ])('counts age 16 from the birthday: $name is $expected', ({ dob, on, expected }) => {
    const child = dob === undefined ? {} : { dateOfBirth: dob };
    expect(evaluateCondition({ ageAtLeast: 16 }, { child }, { today: plainDate(on) })).toBe(expected);
  });

  it.each([
    { yearGroup: 'nursery', expected: false },
    { yearGroup: 'reception', expected: false },
    { yearGroup: 'year8', expected: false },
    { yearGroup: 'year9', expected: true },
    { yearGroup: 'year14', expected: true },
    { yearGroup: 'post16Other', expected: true },
    { yearGroup: 'year99', expected: false },
    { yearGroup: undefined, expected: false },
  ])('treats $yearGroup as Year 9 or above: $expected', ({ yearGroup, expected }) => {
    const child = yearGroup === undefined ? {} : { yearGroup };
    expect(evaluateCondition({ yearGroupAtLeast: 9 }, { child }, ctx)).toBe(expected);
  });

  it('reads item paths from the group item being checked', () => {
    const condition: Condition = { field: 'item.interpreterNeeded', equals: 'yes' };
    expect(evaluateCondition(condition, {}, { today, item: { interpreterNeeded: 'yes' } })).toBe(true);
    expect(evaluateCondition(condition, {}, { today, item: { interpreterNeeded: 'no' } })).toBe(false);
    expect(evaluateCondition(condition, {}, ctx)).toBe(false);
  });

  it('never reads through the prototype of the answers', () => {
    expect(evaluateCondition({ field: 'child.constructor', equals: 'x' }, { child: {} }, ctx)).toBe(false);
    expect(evaluateCondition({ field: 'toString.x', equals: 'x' }, {}, ctx)).toBe(false);
  });
});

describe('visibleFields', () => {
  it('shows the social worker questions only when the child is looked after', () => {
    const ids = (lookedAfter: string) =>
      visibleFields(section('child'), { child: { lookedAfter } }, ctx).map((f) => f.id);
    expect(ids('yes')).toEqual(
      expect.arrayContaining(['responsibleLa', 'socialWorkerName', 'socialWorkerEmail']),
    );
    expect(ids('no')).not.toContain('responsibleLa');
    expect(ids('no')).not.toContain('socialWorkerName');
  });

  it('shows nothing of the preparing-for-adulthood section before Year 9', () => {
    expect(visibleFields(section('preparingForAdulthood'), { child: { yearGroup: 'year8' } }, ctx)).toEqual(
      [],
    );
    expect(
      visibleFields(section('preparingForAdulthood'), { child: { yearGroup: 'year9' } }, ctx),
    ).toHaveLength(4);
  });

  it('shows the interpreter language only for a parent who needs an interpreter', () => {
    const group = section('parents').fields[0] as GroupField;
    const ids = (interpreterNeeded: string) =>
      visibleItemFields(group, { interpreterNeeded }, {}, ctx).map((f) => f.id);
    expect(ids('yes')).toContain('interpreterLanguage');
    expect(ids('no')).not.toContain('interpreterLanguage');
  });
});

describe('isFieldRequired', () => {
  const consent = section('consent');
  const parental = consent.fields.find((f) => f.id === 'parentalConsent');
  if (!parental) throw new Error('no parentalConsent');

  it('requires parental consent for a child under 16 and not for a young person of 16', () => {
    expect(isFieldRequired(parental, { child: { dateOfBirth: '2010-03-16' } }, ctx)).toBe(true);
    expect(isFieldRequired(parental, { child: { dateOfBirth: '2010-03-15' } }, ctx)).toBe(false);
  });
});
