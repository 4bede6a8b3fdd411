import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only record of who did or saw what. The app role may insert and read (its own
 * organisation's rows, by RLS) but never update or delete; a trigger refuses both for everyone.
 * `detail` holds ids and codes only, never personal data.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    laId: uuid('la_id'),
    schoolUrn: text('school_urn'),
    role: text('role'),
    action: text('action').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    requestId: text('request_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_event_la_idx').on(t.laId, t.occurredAt),
    index('audit_event_record_idx').on(t.recordType, t.recordId),
  ],
);
