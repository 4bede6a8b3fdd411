import { z } from 'zod';

import { postcode, upn, urn } from '../identifiers';
import { isPlainDate } from '../plain-date';
import { requestStatuses } from '../assessment-request/status';
import { exceptionReasonCodes, statutoryDateKeys } from '../statutory-clock';

const id = (what: string) => z.uuid(`Choose ${what}`);
const requestId = id('a request');

/** A calendar date typed by a person, with messages that name the date. */
export function plainDateInput(label: string) {
  return z
    .string(`Enter ${label}`)
    .trim()
    .min(1, `Enter ${label}`)
    .refine(isPlainDate, `${label.charAt(0).toUpperCase()}${label.slice(1)} must be a real date`)
    .transform((v) => v);
}

function text(label: string, max: number) {
  return z
    .string(`Enter ${label}`)
    .trim()
    .min(1, `Enter ${label}`)
    .max(
      max,
      `${label.charAt(0).toUpperCase()}${label.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`,
    );
}

function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(
      max,
      `${label.charAt(0).toUpperCase()}${label.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`,
    )
    .optional()
    .transform((v) => (v ? v : undefined));
}

export const requesterKinds = [
  { value: 'parent', label: 'Parent or carer' },
  { value: 'young_person', label: 'The young person (16 to 25)' },
  { value: 'other', label: 'Someone else, such as a health professional' },
] as const;

/** A request that reached the LA by letter or email, entered by a caseworker. */
export const recordDirectRequest = z.object({
  receivedOn: plainDateInput('the date the request was received'),
  requesterKind: z.enum(['parent', 'young_person', 'other'], 'Select who made the request'),
  requesterName: text('the name of the person who made the request', 200),
  childLegalName: text('the child’s full name', 100),
  childDateOfBirth: plainDateInput('the child’s date of birth'),
  childUpn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(upn.optional()),
  childPostcode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(postcode.optional()),
  schoolUrn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(urn.optional()),
  summary: text('what the request says', 5000),
});
export type RecordDirectRequest = z.infer<typeof recordDirectRequest>;

export const allocateRequests = z.object({
  requestIds: z
    .array(requestId)
    .min(1, 'Select at least one request')
    .max(200, 'Select 200 requests or fewer'),
  caseworkerId: id('a caseworker'),
});

export const linkChildRecord = z.object({ requestId, childId: id('a child record') });
export const createChildRecord = z.object({ requestId });

export const requestMoreInformation = z.object({
  requestId,
  message: text('what the school needs to send', 2000),
});

export const respondToInformationRequest = z.object({
  requestId,
  message: text('your reply', 5000),
});

export const familyContactMethods = [
  { value: 'phone', label: 'Phone call' },
  { value: 'email', label: 'Email' },
  { value: 'letter', label: 'Letter' },
  { value: 'meeting', label: 'Meeting or visit' },
  { value: 'other', label: 'Other' },
] as const;

export const recordFamilyContact = z.object({
  requestId,
  contactedOn: plainDateInput('the date of the contact'),
  method: z.enum(['phone', 'email', 'letter', 'meeting', 'other'], 'Select how you were in contact'),
  summary: text('a summary of the contact', 5000),
});

export const addCaseNote = z.object({ requestId, body: text('the note', 5000) });

export const addCaseTask = z.object({
  requestId,
  title: text('what needs doing', 200),
  dueOn: plainDateInput('the date it is due'),
  assignedTo: id('who will do it').optional(),
});
export const completeCaseTask = z.object({ taskId: id('a task') });

export const adviserKinds = [
  { value: 'educational_psychology', label: 'Educational psychologist' },
  { value: 'health', label: 'Health, through the designated clinical officer' },
  { value: 'social_care', label: 'Social care' },
  { value: 'school', label: 'School, college or early years setting' },
  { value: 'other', label: 'Other' },
] as const;
export type AdviserKind = (typeof adviserKinds)[number]['value'];

export const requestAdvice = z.object({
  requestId,
  adviserKind: z.enum(
    ['educational_psychology', 'health', 'social_care', 'school', 'other'],
    'Select who is being asked for advice',
  ),
  adviserName: text('the adviser’s name or team', 200),
  adviserOrganisation: optionalText('the organisation', 200),
  adviserEmail: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined))
    .pipe(z.email('Enter an email address in the correct format, like name@example.com').optional()),
  requestedOn: plainDateInput('the date advice was asked for'),
});

export const recordAdviceReceived = z.object({
  adviceRequestId: id('an advice request'),
  receivedOn: plainDateInput('the date the advice was received'),
});
export const chaseAdvice = z.object({ adviceRequestId: id('an advice request') });
export const createAdviceLink = z.object({
  adviceRequestId: id('an advice request'),
  validForDays: z
    .number('Enter how many days the link should work for')
    .int()
    .min(1, 'The link must work for at least 1 day')
    .max(28, 'The link can work for at most 28 days')
    .default(14),
});

export const recordDecisionToAssess = z.object({
  requestId,
  decision: z.enum(
    ['assess', 'not_assess'],
    'Select whether the local authority will carry out an assessment',
  ),
  decidedOn: plainDateInput('the date of the decision'),
  reasons: text('the reasons for the decision', 10000),
});
export type RecordDecisionToAssess = z.infer<typeof recordDecisionToAssess>;

export const statutorySteps = [
  { value: 'draft_plan_served', label: 'Draft EHC plan sent to the family' },
  { value: 'final_plan_issued', label: 'Final EHC plan issued' },
  { value: 'not_issue_notice', label: 'Family told the LA will not issue a plan' },
] as const;
export type StatutoryStep = (typeof statutorySteps)[number]['value'];

export const recordStatutoryStep = z.object({
  requestId,
  step: z.enum(['draft_plan_served', 'final_plan_issued', 'not_issue_notice'], 'Select what happened'),
  on: plainDateInput('the date it happened'),
});

export const recordException = z.object({
  requestId,
  reason: z.enum(exceptionReasonCodes, 'Select the reason for the exception'),
  appliesTo: z.array(z.enum(statutoryDateKeys)).min(1, 'Select which time limits the exception applies to'),
  fromOn: plainDateInput('the date the exception started'),
  toOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isPlainDate(v), 'The date the exception ended must be a real date')
    .transform((v) => v),
  note: optionalText('the note', 2000),
});

export const caseloadSortKeys = [
  'nextDue',
  'received',
  'child',
  'reference',
  'status',
  'caseworker',
] as const;

export const caseloadFilters = z.object({
  status: z.enum(requestStatuses).optional(),
  /** A caseworker's id, 'me' or 'unallocated'. */
  caseworker: z.union([z.uuid(), z.enum(['me', 'unallocated'])]).optional(),
  schoolUrn: urn.optional(),
  schoolLaCode: z
    .string()
    .regex(/^\d{3}$/, 'Select a local authority from the list')
    .optional(),
  dueWithinDays: z.number().int().min(0).max(365).optional(),
  isOverdue: z.boolean().optional(),
  hasException: z.boolean().optional(),
  /** Open cases only (received, more information requested, assessing) unless a status is chosen. */
  isOpen: z.boolean().default(true),
  search: z.string().trim().max(100, 'Search must be 100 characters or fewer').optional(),
  sort: z.enum(caseloadSortKeys).default('nextDue'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
});
export type CaseloadFilters = z.infer<typeof caseloadFilters>;

export const timelinessPeriod = z
  .object({
    fromOn: plainDateInput('the start date'),
    toOn: plainDateInput('the end date'),
  })
  .refine((p) => p.toOn >= p.fromOn, {
    path: ['toOn'],
    message: 'The end date must be the same as or after the start date',
  });
