import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { NotFound, ValidationFailed } from '../errors';
import { addDays, addMonths, plainDate, plainDateFromParts } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { exampleCompleteRequestAnswers } from './example';
import { requestTemplateV1 } from './template-v1';
import type { RequestAnswers } from './types';
import { assertRequestValid, sectionStatus, validateRequest, validateSection } from './validate';

const today = plainDate('2026-03-15');
const ctx = { today };

/** A copy of the answers with the value at a dotted path set, or removed when `value` is undefined. */
function change(answers: RequestAnswers, path: string, value: unknown): RequestAnswers {
  const copy = structuredClone(answers) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = copy;
  for (const key of keys) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy as RequestAnswers;
}

function changes(answers: RequestAnswers, edits: Record<string, unknown>): RequestAnswers {
  return Object.entries(edits).reduce((acc, [path, value]) => change(acc, path, value), answers);
}

const example = exampleCompleteRequestAnswers(today);
const errorsFor = (answers: RequestAnswers, on: PlainDate = today) =>
  validateRequest(requestTemplateV1, answers, { today: on });

describe('validateRequest with the example request', () => {
  it.each(['2026-03-15', '2028-02-29', '2026-12-31', '2027-01-01', '2030-09-01'])(
    'finds nothing wrong with the example request on %s',
    (on) => {
      const date = plainDate(on);
      expect(errorsFor(exampleCompleteRequestAnswers(date), date)).toEqual([]);
    },
  );

  it('finds nothing wrong with the example request on any day from 2020 to 2045', () => {
    const anyDay = fc
      .record({
        y: fc.integer({ min: 2020, max: 2045 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => plainDateFromParts(y, m, d) as PlainDate);
    fc.assert(
      fc.property(anyDay, (on) => {
        expect(errorsFor(exampleCompleteRequestAnswers(on), on)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('validateRequest with one thing wrong', () => {
  it.each([
    {
      name: 'no legal name',
      path: 'child.legalName',
      value: undefined,
      reason: "Enter the child's legal name",
    },
    {
      name: 'a legal name of spaces',
      path: 'child.legalName',
      value: '   ',
      reason: "Enter the child's legal name",
    },
    {
      name: 'a date of birth tomorrow',
      path: 'child.dateOfBirth',
      value: '2026-03-16',
      reason: 'Date of birth must be in the past',
    },
    {
      name: 'a date of birth of 30 February',
      path: 'child.dateOfBirth',
      value: '2016-02-30',
      reason: 'Date of birth must be a real date',
    },
    {
      name: 'a UPN with the wrong check letter',
      path: 'child.upn',
      value: 'C886123419001',
      reason: "The UPN check letter is not right: check it against the school's records",
    },
    {
      name: 'a UPN one character short',
      path: 'child.upn',
      value: 'T88612341900',
      reason: 'Enter a UPN in the correct format, like B801200005001',
    },
    {
      name: 'an NHS number with the wrong check digit',
      path: 'child.nhsNumber',
      value: '943 476 5918',
      reason: "The NHS number is not right: check it against a letter from the NHS or the child's red book",
    },
    {
      name: 'half a postcode',
      path: 'child.postcode',
      value: 'ME15',
      reason: 'Enter a full UK postcode, like SW1A 1AA',
    },
    {
      name: 'a 5-digit URN',
      path: 'child.currentSetting',
      value: '11894',
      reason: "Enter the school's 6-digit unique reference number (URN), like 118945",
    },
    {
      name: 'attendance over 100%',
      path: 'child.attendance',
      value: 101,
      reason: 'Attendance must be between 0 and 100',
    },
    {
      name: 'attendance in words',
      path: 'child.attendance',
      value: 'most days',
      reason: 'Attendance must be a number',
    },
    {
      name: 'an ethnicity code that does not exist',
      path: 'child.ethnicity',
      value: 'XXXX',
      reason: "Select the child's ethnicity",
    },
    {
      name: 'no answer on looked-after status',
      path: 'child.lookedAfter',
      value: undefined,
      reason: 'Select yes if the child is looked after by a local authority',
    },
    {
      name: 'no phone for a parent who prefers calls',
      path: 'parents.items.1.phone',
      value: undefined,
      reason: 'Enter their phone number',
    },
    {
      name: 'no email for a parent who prefers email',
      path: 'parents.items.0.email',
      value: undefined,
      reason: 'Enter their email address',
    },
    {
      name: 'an email address with no domain',
      path: 'parents.items.0.email',
      value: 'sarah.thompson',
      reason: 'Enter an email address in the correct format, like name@example.com',
    },
    {
      name: 'a phone number too short',
      path: 'parents.items.1.phone',
      value: '0770',
      reason: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
    },
    {
      name: 'no postcode for a parent living elsewhere',
      path: 'parents.items.1.postcode',
      value: undefined,
      reason: 'Enter the postcode',
    },
    {
      name: 'an interpreter needed in no language',
      path: 'parents.items.0.interpreterNeeded',
      value: 'yes',
      field: 'parents.items.0.interpreterLanguage',
      reason: 'Enter the language they need an interpreter for',
    },
    {
      name: 'a child view that is too long',
      path: 'views.likeAndAdmire',
      value: 'x'.repeat(4001),
      reason: 'What people like and admire about the child must be 4000 characters or fewer',
    },
    {
      name: 'no primary need',
      path: 'needs.primaryNeed',
      value: undefined,
      reason: 'Select the primary need',
    },
    {
      name: 'a review before its cycle started',
      path: 'graduatedApproach.cycles.0.reviewDate',
      value: '2024-01-01',
      reason: 'The review date must be the same as or after the start date',
    },
    {
      name: 'part of a week in the provision map',
      path: 'graduatedApproach.provisionMap.2.weeks',
      value: 38.5,
      reason: 'The number of weeks must be a whole number',
    },
    {
      name: 'a provision line with no cost',
      path: 'graduatedApproach.provisionMap.0.cost',
      value: undefined,
      reason: 'Enter the cost',
    },
    {
      name: 'a professional with no service',
      path: 'professionals.items.0.service',
      value: undefined,
      reason: 'Select the service',
    },
    {
      name: 'an "other" service with no name',
      path: 'professionals.items.0.service',
      value: 'other',
      field: 'professionals.items.0.serviceOther',
      reason: 'Enter the name of the service',
    },
    {
      name: 'involvement ending before it began',
      path: 'professionals.items.0.involvedTo',
      value: '2020-01-01',
      reason: 'The date their involvement ended must be the same as or after the date they became involved',
    },
    {
      name: 'social care involved with no details',
      path: 'healthAndSocialCare.socialCareInvolved',
      value: 'yes',
      field: 'healthAndSocialCare.socialCareDetails',
      reason: 'Enter the social care involvement',
    },
    {
      name: 'no reason an EHC plan may be necessary',
      path: 'whyNow.mayNeedEhcPlan',
      value: undefined,
      reason: 'Enter why provision through an EHC plan may be necessary',
    },
    {
      name: 'a parent who does not agree',
      path: 'consent.parentalConsent',
      value: 'no',
      reason: 'The parent or carer must agree to the request before you send it',
    },
    {
      name: 'no parental consent answer',
      path: 'consent.parentalConsent',
      value: undefined,
      reason: 'Select yes if the parent or carer agrees to this request being made',
    },
    {
      name: 'an unticked SENCO declaration',
      path: 'consent.sencoDeclaration',
      value: undefined,
      reason: 'Confirm the declaration to send the request',
    },
    { name: 'no SENCO role', path: 'consent.sencoRole', value: '', reason: 'Enter your role' },
  ])('reports $name', ({ path, value, field, reason }) => {
    expect(errorsFor(change(example, path, value))).toEqual([{ field: field ?? path, reason }]);
  });

  it('reports a cycle starting in the future', () => {
    const future = changes(example, {
      'graduatedApproach.cycles.1.startDate': '2026-03-16',
      'graduatedApproach.cycles.1.reviewDate': '2026-06-16',
    });
    expect(errorsFor(future)).toEqual([
      {
        field: 'graduatedApproach.cycles.1.startDate',
        reason: 'The start date of the cycle must be today or in the past',
      },
    ]);
  });

  it('reports a date of birth that makes the young person 26', () => {
    const tooOld = changes(example, {
      'child.dateOfBirth': '2000-03-15',
      'consent.youngPersonConsent': 'yes',
    });
    expect(errorsFor(tooOld)).toEqual([
      { field: 'child.dateOfBirth', reason: 'The child or young person must be 25 or under' },
    ]);
  });

  it('does not ask for the phone number of a parent who prefers email', () => {
    expect(errorsFor(change(example, 'parents.items.0.phone', undefined))).toEqual([]);
  });
});

const preparingForAdulthood = {
  'preparingForAdulthood.employment': 'To work with animals, perhaps at a vet’s.',
  'preparingForAdulthood.independentLiving': 'To travel to college on the bus on her own.',
  'preparingForAdulthood.health': 'To explain her language disorder to a new doctor.',
  'preparingForAdulthood.community': 'To keep swimming and join a youth club.',
};

describe('validateRequest and what is shown', () => {
  it('neither shows nor requires preparing for adulthood in Year 8', () => {
    const year8 = change(example, 'child.yearGroup', 'year8');
    expect(errorsFor(year8)).toEqual([]);
    expect(sectionStatus(requestTemplateV1, year8, ctx).map((s) => s.sectionId)).not.toContain(
      'preparingForAdulthood',
    );
  });

  it('requires the four preparing-for-adulthood answers from Year 9', () => {
    expect(errorsFor(change(example, 'child.yearGroup', 'year9'))).toEqual([
      {
        field: 'preparingForAdulthood.employment',
        reason: 'Enter their hopes for employment and further education',
      },
      {
        field: 'preparingForAdulthood.independentLiving',
        reason: 'Enter their hopes for independent living',
      },
      { field: 'preparingForAdulthood.health', reason: 'Enter their hopes for good health' },
      {
        field: 'preparingForAdulthood.community',
        reason: 'Enter their hopes for friends, relationships and community',
      },
    ]);
  });

  it('accepts a Year 9 request with the preparing-for-adulthood answers', () => {
    const year9 = changes(example, { 'child.yearGroup': 'year9', ...preparingForAdulthood });
    expect(errorsFor(year9)).toEqual([]);
  });

  it('requires the responsible LA and the social worker for a looked-after child', () => {
    expect(errorsFor(change(example, 'child.lookedAfter', 'yes'))).toEqual([
      { field: 'child.responsibleLa', reason: 'Select the local authority that looks after the child' },
      { field: 'child.socialWorkerName', reason: "Enter the social worker's name" },
      { field: 'child.socialWorkerEmail', reason: "Enter the social worker's email address" },
    ]);
  });

  it('checks the responsible LA number of a looked-after child', () => {
    const lookedAfter = changes(example, {
      'child.lookedAfter': 'yes',
      'child.responsibleLa': 'Kent',
      'child.socialWorkerName': 'Grace Obi',
      'child.socialWorkerEmail': 'grace.obi@kent.gov.uk',
    });
    expect(errorsFor(lookedAfter)).toEqual([
      { field: 'child.responsibleLa', reason: 'Select a local authority from the list' },
    ]);
  });

  it('ignores answers to questions that are hidden, even wrong ones', () => {
    const hidden = changes(example, {
      'child.socialWorkerEmail': 'not an email',
      'professionals.anyInvolved': 'no',
      'professionals.items': [{ name: '' }],
      'preparingForAdulthood.employment': 'x'.repeat(5000),
    });
    expect(errorsFor(hidden)).toEqual([]);
  });

  it("requires the young person's own agreement from 16, and not the parent's", () => {
    const sixteen = changes(example, {
      'child.dateOfBirth': addMonths(today, -16 * 12),
      'child.yearGroup': 'year11',
      ...preparingForAdulthood,
      'consent.parentalConsent': undefined,
    });
    expect(errorsFor(sixteen)).toEqual([
      {
        field: 'consent.youngPersonConsent',
        reason: 'Select yes if the young person agrees to this request being made',
      },
    ]);
    expect(errorsFor(change(sixteen, 'consent.youngPersonConsent', 'no'))).toEqual([
      {
        field: 'consent.youngPersonConsent',
        reason: 'The young person must agree to the request before you send it',
      },
    ]);
    expect(errorsFor(change(sixteen, 'consent.youngPersonConsent', 'yes'))).toEqual([]);
  });

  it('does not stop a 16-year-old’s request when the parent does not agree', () => {
    const sixteen = changes(example, {
      'child.dateOfBirth': addMonths(today, -16 * 12),
      'child.yearGroup': 'year11',
      ...preparingForAdulthood,
      'consent.parentalConsent': 'no',
      'consent.youngPersonConsent': 'yes',
    });
    expect(errorsFor(sixteen)).toEqual([]);
  });

  it("requires the parent's agreement under 16 and ignores a young person's answer", () => {
    const fifteen = changes(example, {
      'child.dateOfBirth': addDays(addMonths(today, -16 * 12), 1),
      'child.yearGroup': 'year11',
      ...preparingForAdulthood,
      'consent.parentalConsent': undefined,
      'consent.youngPersonConsent': 'no',
    });
    expect(errorsFor(fifteen)).toEqual([
      {
        field: 'consent.parentalConsent',
        reason: 'Select yes if the parent or carer agrees to this request being made',
      },
    ]);
  });
});

describe('validateRequest with repeatable groups', () => {
  it.each([
    { name: 'no list', value: undefined },
    { name: 'an empty list', value: [] },
  ])('asks for at least one parent or carer when there is $name', ({ value }) => {
    expect(errorsFor(change(example, 'parents.items', value))).toEqual([
      { field: 'parents.items', reason: 'Add at least one parent or carer' },
    ]);
  });

  it('asks for at least one professional once professionals are said to be involved', () => {
    expect(errorsFor(change(example, 'professionals.items', []))).toEqual([
      { field: 'professionals.items', reason: 'Add at least one professional' },
    ]);
  });

  it('asks for at least one assess, plan, do, review cycle and one provision line', () => {
    const empty = changes(example, { 'graduatedApproach.cycles': [], 'graduatedApproach.provisionMap': [] });
    expect(errorsFor(empty)).toEqual([
      { field: 'graduatedApproach.cycles', reason: 'Add at least one assess, plan, do, review cycle' },
      {
        field: 'graduatedApproach.provisionMap',
        reason: 'Add at least one line to the costed provision map',
      },
    ]);
  });

  it('checks each item of a group and names it by its index', () => {
    const items = [...((example.parents?.items ?? []) as object[]), {}];
    expect(errorsFor(change(example, 'parents.items', items))).toEqual([
      { field: 'parents.items.2.name', reason: "Enter the parent or carer's full name" },
      { field: 'parents.items.2.relationship', reason: 'Select their relationship to the child' },
      {
        field: 'parents.items.2.parentalResponsibility',
        reason: 'Select yes if they have parental responsibility for the child',
      },
      { field: 'parents.items.2.preferredContact', reason: 'Select how they prefer to be contacted' },
      {
        field: 'parents.items.2.livesWithChild',
        reason: "Select yes if they live at the child's home address",
      },
      { field: 'parents.items.2.interpreterNeeded', reason: 'Select yes if they need an interpreter' },
    ]);
  });

  it('treats an item that is not an object as an empty item', () => {
    const errors = errorsFor(change(example, 'parents.items', ['Sarah']));
    expect(errors.map((e) => e.field)).toContain('parents.items.0.name');
  });

  it('refuses more parents or carers than the group allows', () => {
    const parent = (example.parents?.items as object[])[0];
    const errors = errorsFor(
      change(
        example,
        'parents.items',
        Array.from({ length: 7 }, () => parent),
      ),
    );
    expect(errors).toEqual([{ field: 'parents.items', reason: 'You can add up to 6 parents or carers' }]);
  });
});

describe('validateSection', () => {
  it('checks one section only', () => {
    const broken = changes(example, { 'child.legalName': undefined, 'consent.sencoName': undefined });
    expect(validateSection(requestTemplateV1, 'child', broken, ctx)).toEqual([
      { field: 'child.legalName', reason: "Enter the child's legal name" },
    ]);
  });

  it('finds nothing to check in a hidden section', () => {
    expect(validateSection(requestTemplateV1, 'preparingForAdulthood', example, ctx)).toEqual([]);
  });

  it('refuses a section the template does not have', () => {
    expect(() => validateSection(requestTemplateV1, 'attachments', example, ctx)).toThrow(NotFound);
  });
});

describe('assertRequestValid', () => {
  it('lets a complete request through', () => {
    expect(() => assertRequestValid(requestTemplateV1, example, ctx)).not.toThrow();
  });

  it('refuses an incomplete request with every field error', () => {
    const broken = changes(example, { 'child.legalName': undefined, 'consent.sencoName': undefined });
    expect(() => assertRequestValid(requestTemplateV1, broken, ctx)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        fieldErrors: [
          { field: 'child.legalName', reason: "Enter the child's legal name" },
          { field: 'consent.sencoName', reason: 'Enter your full name' },
        ],
      }),
    );
    expect(() => assertRequestValid(requestTemplateV1, broken, ctx)).toThrow(ValidationFailed);
  });
});

describe('sectionStatus', () => {
  it('shows every section as not started for a new request, without preparing for adulthood', () => {
    const statuses = sectionStatus(requestTemplateV1, {}, ctx);
    expect(statuses.map((s) => s.sectionId)).toEqual([
      'child',
      'parents',
      'views',
      'needs',
      'graduatedApproach',
      'professionals',
      'healthAndSocialCare',
      'whyNow',
      'consent',
    ]);
    expect(statuses.every((s) => s.status === 'not started' && s.errorCount > 0)).toBe(true);
  });

  it('shows every section of the example request as complete', () => {
    expect(
      sectionStatus(requestTemplateV1, example, ctx).every(
        (s) => s.status === 'complete' && s.errorCount === 0,
      ),
    ).toBe(true);
  });

  it('shows a section with an answer missing as in progress with its error count', () => {
    const statuses = sectionStatus(requestTemplateV1, change(example, 'child.legalName', undefined), ctx);
    expect(statuses[0]).toEqual({
      sectionId: 'child',
      title: 'About the child or young person',
      status: 'in progress',
      errorCount: 1,
    });
  });

  it('adds preparing for adulthood, not started, once the child is in Year 9', () => {
    const statuses = sectionStatus(requestTemplateV1, change(example, 'child.yearGroup', 'year9'), ctx);
    expect(statuses.find((s) => s.sectionId === 'preparingForAdulthood')).toEqual({
      sectionId: 'preparingForAdulthood',
      title: 'Preparing for adulthood',
      status: 'not started',
      errorCount: 4,
    });
  });
});
