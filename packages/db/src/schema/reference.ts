import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every English LA (reference data). An LA becomes a tenant when `onboardedAt` is set. */
export const localAuthority = pgTable('local_authority', {
  id: uuid('id').primaryKey().defaultRandom(),
  dfeCode: text('dfe_code').notNull().unique(),
  onsCode: text('ons_code').notNull(),
  previousOnsCode: text('previous_ons_code'),
  name: text('name').notNull(),
  region: text('region').notNull(),
  onboardedAt: timestamp('onboarded_at', { withTimezone: true }),
  /** Staff idle timeout for this LA; null means the service default. */
  sessionIdleMinutes: integer('session_idle_minutes'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The national school register, keyed by URN (Get Information About Schools). */
export const school = pgTable('school', {
  urn: text('urn').primaryKey(),
  name: text('name').notNull(),
  phase: text('phase').notNull(),
  type: text('type').notNull(),
  laCode: text('la_code').notNull(),
  postcode: text('postcode').notNull(),
  isOpen: boolean('is_open').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
