import { describe, expect, it } from 'vitest';

import { requestTemplateV1 } from '@casework/domain';
import type { ItemFieldDefinition } from '@casework/domain';

import { fieldAtPath } from './field-paths';
import { formatAnswer, formatAnswerText, type FormatAnswerContext } from './format-answer';

const ctx: FormatAnswerContext = {
  localAuthorities: [
    { code: '886', name: 'Kent', isOnboarded: true },
    { code: '202', name: 'Camden', isOnboarded: false },
  ],
  describeSchool: (urn) => (urn === '118945' ? 'Oakfield Primary School' : undefined),
  isRequired: true,
};

function field(path: string): ItemFieldDefinition {
  const found = fieldAtPath(requestTemplateV1, path);
  if (!found || found.type === 'group') throw new Error(`No question at ${path}`);
  return found;
}

function text(path: string, value: unknown, context: FormatAnswerContext = ctx): string {
  return formatAnswerText(field(path), value, context);
}

describe('formatAnswer', () => {
  it('shows text as it was written', () => {
    expect(formatAnswer(field('child.legalName'), 'Amelia Thompson', ctx)).toEqual({
      kind: 'text',
      text: 'Amelia Thompson',
    });
    expect(text('views.likeAndAdmire', 'Kind.\nGood at drawing.')).toBe('Kind.\nGood at drawing.');
  });

  it('says a required question was not answered, and an optional one not provided', () => {
    expect(formatAnswer(field('child.legalName'), undefined, ctx)).toEqual({
      kind: 'missing',
      text: 'Not answered',
    });
    expect(formatAnswer(field('child.legalName'), '  ', ctx)).toEqual({
      kind: 'missing',
      text: 'Not answered',
    });
    expect(formatAnswer(field('child.preferredName'), '', { ...ctx, isRequired: false })).toEqual({
      kind: 'missing',
      text: 'Not provided',
    });
    expect(formatAnswer(field('needs.secondaryNeeds'), [], { ...ctx, isRequired: false })).toEqual({
      kind: 'missing',
      text: 'Not provided',
    });
  });

  it.each([
    { name: 'a real date in full', value: '2027-03-07', shown: '7 March 2027' },
    { name: 'a leap day', value: '2024-02-29', shown: '29 February 2024' },
    {
      name: 'an impossible date part by part',
      value: '2015-02-31',
      shown: 'Not a real date: day 31, month 2, year 2015',
    },
    {
      name: 'an incomplete date part by part',
      value: '2015--07',
      shown: 'Incomplete date: day 07, year 2015',
    },
  ])('shows $name', ({ value, shown }) => {
    expect(text('child.dateOfBirth', value)).toBe(shown);
  });

  it('shows an option by its label', () => {
    expect(text('child.sex', 'female')).toBe('Female');
    expect(text('child.ethnicity', 'WBRI')).toBe('White – British');
    expect(text('child.yearGroup', 'year12')).toBe('Year 12 (post-16)');
    expect(text('parents.items.0.preferredContact', 'text')).toBe('Text message');
  });

  it('shows an answer that is no longer an option as it was stored', () => {
    expect(text('needs.primaryNeed', 'DS')).toBe('DS');
  });

  it('shows yes and no with capitals', () => {
    expect(text('child.lookedAfter', 'yes')).toBe('Yes');
    expect(text('child.lookedAfter', 'no')).toBe('No');
  });

  it('lists ticked options by label, in the order they are offered', () => {
    expect(formatAnswer(field('needs.secondaryNeeds'), ['SEMH', 'SpLD'], ctx)).toEqual({
      kind: 'list',
      items: ['Specific learning difficulty', 'Social, emotional and mental health'],
    });
    expect(text('needs.secondaryNeeds', ['SEMH', 'SpLD'])).toBe(
      'Specific learning difficulty, Social, emotional and mental health',
    );
  });

  it('names a local authority, whether or not it uses Casework', () => {
    expect(text('child.homeLa', '886')).toBe('Kent');
    expect(text('child.otherLa', '202')).toBe('Camden');
    expect(text('child.otherLa', '999')).toBe('Local authority 999');
  });

  it('names a school beside its URN when it is known', () => {
    expect(text('child.currentSetting', '118945')).toBe('Oakfield Primary School (URN 118945)');
    expect(text('child.currentSetting', '100000')).toBe('URN 100000');
    expect(text('child.currentSetting', '118945', { ...ctx, describeSchool: undefined })).toBe('URN 118945');
  });

  it.each([
    { path: 'child.attendance', value: 91.5, shown: '91.5%' },
    { path: 'child.attendance', value: 100, shown: '100%' },
    { path: 'graduatedApproach.provisionMap.0.cost', value: 1140, shown: '£1,140' },
    { path: 'graduatedApproach.provisionMap.0.cost', value: 1250.5, shown: '£1,250.5' },
    { path: 'graduatedApproach.provisionMap.0.cost', value: '1,250', shown: '£1,250' },
    { path: 'graduatedApproach.provisionMap.0.hoursPerWeek', value: 1.5, shown: '1.5 hours' },
    { path: 'graduatedApproach.provisionMap.0.weeks', value: 38, shown: '38' },
    { path: 'graduatedApproach.provisionMap.0.weeks', value: 'about 5', shown: 'about 5' },
  ])('shows the number $value at $path as $shown', ({ path, value, shown }) => {
    expect(text(path, value)).toBe(shown);
  });

  it('shows identifiers and contact details as they are stored, NHS numbers in groups', () => {
    expect(text('child.nhsNumber', '9434765919')).toBe('943 476 5919');
    expect(text('child.nhsNumber', '94347')).toBe('94347');
    expect(text('child.upn', 'T886123419001')).toBe('T886123419001');
    expect(text('child.postcode', 'ME15 6AB')).toBe('ME15 6AB');
    expect(text('child.socialWorkerEmail', 'sw@example.gov.uk')).toBe('sw@example.gov.uk');
    expect(text('parents.items.0.phone', '07700 900982')).toBe('07700 900982');
  });
});
