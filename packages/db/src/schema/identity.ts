import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { localAuthority, school } from './reference';

export const userAccount = pgTable(
  'user_account',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    failedSignInCount: integer('failed_sign_in_count').notNull().default(0),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    // Later: a second factor for LA staff and single sign-on (DfE Sign-in, LA identity providers).
    totpSecretEncrypted: text('totp_secret_encrypted'),
    ssoProvider: text('sso_provider'),
    ssoSubject: text('sso_subject'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('user_account_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('user_account_sso_key').on(t.ssoProvider, t.ssoSubject),
  ],
);

/** A user's role in one organisation: a school (by URN), an LA, or the platform itself. */
export const membership = pgTable(
  'membership',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id),
    organisationKind: text('organisation_kind', { enum: ['school', 'la', 'platform'] }).notNull(),
    laId: uuid('la_id').references(() => localAuthority.id),
    schoolUrn: text('school_urn').references(() => school.urn),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('membership_user_idx').on(t.userId),
    index('membership_la_idx').on(t.laId),
    index('membership_school_idx').on(t.schoolUrn),
  ],
);

/**
 * Sessions follow Lucia's design: the browser holds a random token; only its SHA-256 (hex) is
 * stored, as the id, so a leaked table cannot be replayed.
 */
export const userSession = pgTable(
  'user_session',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id),
    /** A public id so a user can end one of their sessions without us exposing the hash. */
    publicId: uuid('public_id').notNull().defaultRandom().unique(),
    activeMembershipId: uuid('active_membership_id').references(() => membership.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Idle expiry: slides forward with use. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Absolute expiry: never moves. */
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
    ipAddress: text('ip_address'),
  },
  (t) => [index('user_session_user_idx').on(t.userId)],
);

/** Failed sign-in counters per account and per IP address, for throttling. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});
