import type { RequestAnswers } from '@casework/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { localAuthority, school } from './reference';
import { userAccount } from './identity';

type Answers = RequestAnswers;

/**
 * A request for an EHC needs assessment. Written by a school in the national template; owned by
 * the receiving LA (`la_id`) once submitted, and visible to the requesting school in every LA.
 * While a draft, the LA cannot see it (RLS).
 */
export const assessmentRequest = pgTable(
  'assessment_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthority.id),
    /** True once the SENCO chose the LA; until then it follows the child's home LA. */
    isLaChosen: boolean('is_la_chosen').notNull().default(false),
    /** The requesting school; null for a request a parent or young person made to the LA directly. */
    schoolUrn: text('school_urn').references(() => school.urn),
    /** How the request reached the LA: the school portal, or recorded by a caseworker from a letter or email. */
    source: text('source').notNull().default('school_portal'),
    /** Who asked: school, parent, young_person or other (CFA s36(1)). */
    requesterKind: text('requester_kind').notNull().default('school'),
    requesterName: text('requester_name'),
    status: text('status').notNull().default('draft'),
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    /** Denormalised from the answers for lists and search; refreshed on every save. */
    childName: text('child_name'),
    childDateOfBirth: date('child_date_of_birth'),
    childUpn: text('child_upn'),
    /** e.g. 886-2026-00042: LA code, year of receipt, number within the LA and year. */
    reference: text('reference'),
    /** The statutory clock starts on the day the LA receives the request (reg 5(1)). */
    receivedOn: date('received_on'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => userAccount.id),
    /** The client's idempotency key for submission: a retried submit finds the first. */
    submissionKey: uuid('submission_key'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => userAccount.id),
    withdrawalReason: text('withdrawal_reason'),
    /** The earlier request this draft was started from, if any. */
    copiedFromId: uuid('copied_from_id'),
    /** The LA caseworker handling the request (set by the LA). */
    allocatedTo: uuid('allocated_to').references(() => userAccount.id),
    allocatedAt: timestamp('allocated_at', { withTimezone: true }),
    /** The LA's record of the child, linked at triage (never merged silently). */
    childId: uuid('child_id'),
    /** The decision whether to assess (reg 4, 5), with its date and reasons (CFA s36(5)). */
    decision: text('decision'),
    decisionOn: date('decision_on'),
    decisionReasons: text('decision_reasons'),
    /** Later statutory steps, recorded as they happen. */
    notIssueNoticeOn: date('not_issue_notice_on'),
    draftPlanServedOn: date('draft_plan_served_on'),
    finalPlanIssuedOn: date('final_plan_issued_on'),
    /** The next unmet statutory date and its kind, kept current on every change so lists can filter by it. */
    nextDueOn: date('next_due_on'),
    nextDueKey: text('next_due_key'),
    /** Whether any exception to the time limits has been recorded (for "excluding exceptions"). */
    hasException: boolean('has_exception').notNull().default(false),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessment_request_la_idx').on(t.laId, t.status, t.receivedOn),
    index('assessment_request_school_idx').on(t.schoolUrn, t.updatedAt),
    index('assessment_request_next_due_idx').on(t.laId, t.nextDueOn),
    index('assessment_request_allocated_idx').on(t.laId, t.allocatedTo),
    index('assessment_request_child_idx').on(t.childId),
    uniqueIndex('assessment_request_reference_key').on(t.reference),
    uniqueIndex('assessment_request_submission_key').on(t.submissionKey),
  ],
);

/**
 * Each section's edit state: its version (optimistic concurrency, so a stale tab cannot silently
 * overwrite a newer save) and who last wrote it.
 */
export const requestSection = pgTable(
  'request_section',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    sectionId: text('section_id').notNull(),
    laId: uuid('la_id').notNull(),
    schoolUrn: text('school_urn').notNull(),
    version: integer('version').notNull().default(0),
    lastEditedBy: uuid('last_edited_by').references(() => userAccount.id),
    lastEditedAt: timestamp('last_edited_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.sectionId] })],
);

/**
 * A section the SENCO asked a teacher at the school to write. School business only, so it carries
 * no LA; kept apart from request_section so the request's RLS policy can read it without a cycle.
 */
export const requestSectionAssignment = pgTable(
  'request_section_assignment',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    sectionId: text('section_id').notNull(),
    schoolUrn: text('school_urn').notNull(),
    assignedTo: uuid('assigned_to')
      .notNull()
      .references(() => userAccount.id),
    assignedBy: uuid('assigned_by')
      .notNull()
      .references(() => userAccount.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.sectionId] }),
    index('request_section_assignment_assignee_idx').on(t.assignedTo),
  ],
);

/** Every save of a section: who wrote what, when (the SENCO sees the history). */
export const requestSectionEdit = pgTable(
  'request_section_edit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    sectionId: text('section_id').notNull(),
    laId: uuid('la_id').notNull(),
    schoolUrn: text('school_urn').notNull(),
    editedBy: uuid('edited_by')
      .notNull()
      .references(() => userAccount.id),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull(),
  },
  (t) => [index('request_section_edit_request_idx').on(t.requestId, t.editedAt)],
);

/** What was sent, exactly: written once at submission and never changed. */
export const requestSnapshot = pgTable('request_snapshot', {
  requestId: uuid('request_id')
    .primaryKey()
    .references(() => assessmentRequest.id),
  laId: uuid('la_id').notNull(),
  schoolUrn: text('school_urn'),
  templateId: text('template_id').notNull(),
  templateVersion: integer('template_version').notNull(),
  answers: jsonb('answers').$type<Answers>().notNull(),
  attachments: jsonb('attachments').$type<Array<Record<string, unknown>>>().notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
});

/** Evidence files. Stored under a generated key; the user's filename is kept only as data. */
export const requestAttachment = pgTable(
  'request_attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    laId: uuid('la_id').notNull(),
    schoolUrn: text('school_urn').notNull(),
    storageKey: text('storage_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    attachmentType: text('attachment_type').notNull(),
    documentDate: date('document_date'),
    description: text('description'),
    scanStatus: text('scan_status').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => userAccount.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('request_attachment_request_idx').on(t.requestId)],
);

/**
 * What happened to a request, for the school's and the LA's timelines: submitted, withdrawn,
 * status changes and the LA's actions. `detail` holds codes and short reasons.
 */
export const requestEvent = pgTable(
  'request_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    laId: uuid('la_id').notNull(),
    schoolUrn: text('school_urn'),
    kind: text('kind').notNull(),
    /** Shown to the school as well as the LA. */
    isVisibleToSchool: boolean('is_visible_to_school').notNull().default(true),
    detail: jsonb('detail')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    actorId: uuid('actor_id').references(() => userAccount.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** Insertion order, for events at the same instant (several in one transaction). Never shown. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (t) => [index('request_event_request_idx').on(t.requestId, t.occurredAt)],
);

/** The last reference number used per LA and year. Reached only through next_request_reference(). */
export const requestReferenceCounter = pgTable(
  'request_reference_counter',
  {
    laId: uuid('la_id').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.laId, t.year] })],
);
