import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { assessmentRequest } from './assessment-request';
import { userAccount } from './identity';
import { localAuthority } from './reference';

/**
 * The LA's record of a child or young person: one record over the years, gathering every
 * request, decision and plan. Each LA keeps its own.
 */
export const child = pgTable(
  'child',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthority.id),
    legalName: text('legal_name').notNull(),
    dateOfBirth: date('date_of_birth').notNull(),
    upn: text('upn'),
    postcode: text('postcode'),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('child_la_upn_idx').on(t.laId, t.upn), index('child_la_dob_idx').on(t.laId, t.dateOfBirth)],
);

/** Advice and information asked of a professional (reg 6, 8): due 6 weeks after it was asked for. */
export const adviceRequest = pgTable(
  'advice_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    laId: uuid('la_id').notNull(),
    adviserKind: text('adviser_kind').notNull(),
    adviserName: text('adviser_name').notNull(),
    adviserOrganisation: text('adviser_organisation'),
    adviserEmail: text('adviser_email'),
    requestedOn: date('requested_on').notNull(),
    dueOn: date('due_on').notNull(),
    receivedOn: date('received_on'),
    lastChasedOn: date('last_chased_on'),
    chaseCount: integer('chase_count').notNull().default(0),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('advice_request_request_idx').on(t.requestId),
    index('advice_request_due_idx').on(t.laId, t.dueOn),
  ],
);

/**
 * A single-use, expiring link for an adviser without an account to upload their advice. Only
 * the SHA-256 of the token is stored; the link reaches that one advice request and nothing else.
 */
export const adviceUploadLink = pgTable(
  'advice_upload_link',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adviceRequestId: uuid('advice_request_id')
      .notNull()
      .references(() => adviceRequest.id),
    laId: uuid('la_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('advice_upload_link_token_key').on(t.tokenHash)],
);

/** Documents the LA holds for a case: advice received, letters, anything that came in with a request. */
export const caseDocument = pgTable(
  'case_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    laId: uuid('la_id').notNull(),
    adviceRequestId: uuid('advice_request_id').references(() => adviceRequest.id),
    kind: text('kind').notNull(),
    storageKey: text('storage_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    scanStatus: text('scan_status').notNull(),
    /** Null when an adviser uploaded through a link. */
    uploadedBy: uuid('uploaded_by').references(() => userAccount.id),
    uploadedVia: text('uploaded_via').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_document_request_idx').on(t.requestId)],
);

/** Case notes and records of contact with the family. Never edited: a correction is a new note. */
export const caseNote = pgTable(
  'case_note',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    laId: uuid('la_id').notNull(),
    kind: text('kind').notNull(),
    contactMethod: text('contact_method'),
    contactedOn: date('contacted_on'),
    body: text('body').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_note_request_idx').on(t.requestId, t.createdAt)],
);

export const caseTask = pgTable(
  'case_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    laId: uuid('la_id').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    assignedTo: uuid('assigned_to').references(() => userAccount.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by').references(() => userAccount.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_task_request_idx').on(t.requestId),
    index('case_task_assignee_idx').on(t.laId, t.assignedTo, t.dueOn),
  ],
);

/**
 * An exception to the time limits (regs 5(4), 8(2), 10(4), 13(3)). It never moves a legal date;
 * it lets timeliness be reported both including and excluding exceptions, as DfE does.
 */
export const statutoryExceptionRecord = pgTable(
  'statutory_exception_record',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assessmentRequest.id),
    laId: uuid('la_id').notNull(),
    reason: text('reason').notNull(),
    appliesTo: jsonb('applies_to').$type<string[]>().notNull(),
    refIds: jsonb('ref_ids').$type<string[]>(),
    fromOn: date('from_on').notNull(),
    toOn: date('to_on'),
    note: text('note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => userAccount.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('statutory_exception_request_idx').on(t.requestId)],
);

/** In-app notifications for LA staff. `dedupeKey` makes the daily scan safe to repeat. */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id').notNull(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => userAccount.id),
    kind: text('kind').notNull(),
    requestId: uuid('request_id').references(() => assessmentRequest.id),
    title: text('title').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notification_dedupe_key').on(t.recipientId, t.dedupeKey),
    index('notification_recipient_idx').on(t.recipientId, t.createdAt),
  ],
);

/**
 * Background work (emails, reminder scans), run from PostgreSQL so the embedded default needs
 * no other service. Holds no tenant data beyond what a job needs.
 */
export const job = pgTable(
  'job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** Makes enqueuing idempotent, e.g. one reminder scan per LA per day. */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_due_idx').on(t.doneAt, t.runAfter), uniqueIndex('job_dedupe_key').on(t.dedupeKey)],
);
