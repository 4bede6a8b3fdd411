import { z } from 'zod';

import { draftAnswersSchema } from '../request-template';
import { requestStatuses } from './status';

const requestId = z.uuid('Choose a request');
const laCode = z.string().regex(/^\d{3}$/, 'Choose a local authority from the list');
const sectionId = z.string().min(1, 'Choose a section').max(60);

export const startAssessmentRequest = z.object({
  /** The receiving LA; when absent it is the school's own LA until the child's home LA is known. */
  laCode: laCode.optional(),
});

export const startAssessmentRequestFrom = z.object({ requestId });

export const chooseReceivingLa = z.object({ requestId, laCode });

/** One section's answers with the version the writer started from (optimistic concurrency). */
export const saveRequestSection = z.object({
  requestId,
  sectionId,
  baseVersion: z.number().int().min(0),
  answers: z.record(z.string(), z.unknown()),
});

export const submitAssessmentRequest = z.object({
  requestId,
  /** Made by the page once per submission attempt: a retry or double click sends the same key. */
  submissionKey: z.uuid('Reload the page and try again'),
});

export const withdrawAssessmentRequest = z.object({
  requestId,
  reason: z
    .string()
    .trim()
    .min(1, 'Enter why the request is being withdrawn')
    .max(2000, 'The reason must be 2,000 characters or fewer'),
});

export const assignRequestSection = z.object({
  requestId,
  sectionId,
  teacherEmail: z
    .string()
    .trim()
    .min(1, 'Enter the teacher’s email address')
    .max(320, 'Email address must be 320 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com'))
    .transform((e) => e.toLowerCase()),
});

export const unassignRequestSection = z.object({ requestId, sectionId });
export const completeRequestSection = z.object({ requestId, sectionId });

export const requestSortKeys = [
  'updated',
  'child',
  'la',
  'reference',
  'status',
  'weeks',
  'nextDate',
] as const;

export const listSchoolRequests = z.object({
  laCode: laCode.optional(),
  status: z.enum(requestStatuses).optional(),
  search: z.string().trim().max(100, 'Search must be 100 characters or fewer').optional(),
  sort: z.enum(requestSortKeys).default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});

export const requestIdInput = z.object({ requestId });

export { draftAnswersSchema };
export type StartAssessmentRequest = z.infer<typeof startAssessmentRequest>;
export type SaveRequestSection = z.infer<typeof saveRequestSection>;
export type SubmitAssessmentRequest = z.infer<typeof submitAssessmentRequest>;
export type WithdrawAssessmentRequest = z.infer<typeof withdrawAssessmentRequest>;
export type AssignRequestSection = z.infer<typeof assignRequestSection>;
export type ListSchoolRequests = z.infer<typeof listSchoolRequests>;
