import {
  generateSessionToken,
  isSessionExpired,
  newSessionTimes,
  sessionIdFromToken,
  slidExpiry,
  type SessionLifetime,
} from '@casework/auth';
import {
  applyTenantScope,
  localAuthority,
  membership,
  school,
  userAccount,
  userSession,
  withTenant,
  type Database,
  type Tx,
} from '@casework/db';
import type { Role } from '@casework/domain';
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';

import type { ActiveMembership, Actor } from './types';

/** The memberships a user can act through, with the organisation names the switcher shows. */
export async function loadMemberships(tx: Tx, userId: string): Promise<ActiveMembership[]> {
  const rows = await tx
    .select({
      id: membership.id,
      role: membership.role,
      organisationKind: membership.organisationKind,
      laId: membership.laId,
      laCode: localAuthority.dfeCode,
      laName: localAuthority.name,
      schoolUrn: membership.schoolUrn,
      schoolName: school.name,
    })
    .from(membership)
    .leftJoin(localAuthority, eq(localAuthority.id, membership.laId))
    .leftJoin(school, eq(school.urn, membership.schoolUrn))
    .where(and(eq(membership.userId, userId), isNull(membership.endedAt)))
    .orderBy(asc(membership.createdAt));
  return rows.map((r) => ({ ...r, role: r.role as Role, organisationKind: r.organisationKind }));
}

export function lifetimeFor(
  active: ActiveMembership | null,
  base: SessionLifetime,
  laIdleMinutes: number | null,
) {
  // An LA may shorten (or lengthen) the idle timeout for its own staff.
  return active?.organisationKind === 'la' && laIdleMinutes ? { ...base, idleMinutes: laIdleMinutes } : base;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export async function createSession(
  tx: Tx,
  input: {
    userId: string;
    activeMembershipId: string | null;
    ipAddress: string | null;
    userAgent: string | null;
  },
  now: Date,
  lifetime: SessionLifetime,
): Promise<NewSession> {
  const token = generateSessionToken();
  const times = newSessionTimes(now, lifetime);
  await tx.insert(userSession).values({
    id: sessionIdFromToken(token),
    userId: input.userId,
    activeMembershipId: input.activeMembershipId,
    ipAddress: input.ipAddress,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    ...times,
  });
  return { token, expiresAt: times.expiresAt };
}

export interface ValidatedSession {
  actor: Actor;
  /** Set when the idle expiry moved, so the cookie is refreshed. */
  refreshedExpiresAt: Date | null;
}

/** Looks up a session by its token; ends it if expired; slides the idle expiry. */
export async function validateSessionToken(
  db: Database,
  token: string,
  now: Date,
  baseLifetime: SessionLifetime,
): Promise<ValidatedSession | null> {
  const sessionId = sessionIdFromToken(token);
  return withTenant(db, {}, async (tx) => {
    const [row] = await tx
      .select({ session: userSession, user: userAccount })
      .from(userSession)
      .innerJoin(userAccount, eq(userAccount.id, userSession.userId))
      .where(eq(userSession.id, sessionId));
    if (!row) return null;
    if (isSessionExpired(row.session, now) || row.user.lockedAt) {
      await tx.delete(userSession).where(eq(userSession.id, sessionId));
      return null;
    }
    // Memberships are row-level secured: read them as this user.
    await applyTenantScope(tx, { userId: row.user.id });
    const memberships = await loadMemberships(tx, row.user.id);
    const active = memberships.find((m) => m.id === row.session.activeMembershipId) ?? null;
    let laIdle: number | null = null;
    if (active?.laId) {
      const [la] = await tx
        .select({ idle: localAuthority.sessionIdleMinutes })
        .from(localAuthority)
        .where(eq(localAuthority.id, active.laId));
      laIdle = la?.idle ?? null;
    }
    const lifetime = lifetimeFor(active, baseLifetime, laIdle);
    // The idle limit may have shortened since the session was made (an LA changed it).
    const idleLimit = new Date(row.session.lastSeenAt.getTime() + lifetime.idleMinutes * 60_000);
    if (now >= idleLimit) {
      await tx.delete(userSession).where(eq(userSession.id, sessionId));
      return null;
    }
    const next = slidExpiry(row.session, now, lifetime);
    // Activity is recorded at most once a minute, even when the expiry does not move (an LA's
    // shorter idle timeout is measured from the last activity).
    const isSeenStale = now.getTime() - row.session.lastSeenAt.getTime() >= 60_000;
    if (next || isSeenStale) {
      await tx
        .update(userSession)
        .set({ expiresAt: next ?? row.session.expiresAt, lastSeenAt: now })
        .where(eq(userSession.id, sessionId));
    }
    return {
      refreshedExpiresAt: next,
      actor: {
        userId: row.user.id,
        email: row.user.email,
        displayName: row.user.displayName,
        sessionId,
        sessionPublicId: row.session.publicId,
        memberships,
        active,
      },
    };
  });
}

export async function endSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.delete(userSession).where(eq(userSession.id, sessionId));
}

/** Ends every session of a user, except optionally the one in use. */
export async function endUserSessions(tx: Tx, userId: string, exceptSessionId?: string): Promise<number> {
  const rows = await tx
    .delete(userSession)
    .where(
      exceptSessionId
        ? and(eq(userSession.userId, userId), ne(userSession.id, exceptSessionId))
        : eq(userSession.userId, userId),
    )
    .returning({ id: userSession.id });
  return rows.length;
}

export async function listUserSessions(tx: Tx, userId: string, now: Date) {
  const rows = await tx
    .select({
      publicId: userSession.publicId,
      id: userSession.id,
      createdAt: userSession.createdAt,
      lastSeenAt: userSession.lastSeenAt,
      expiresAt: userSession.expiresAt,
      absoluteExpiresAt: userSession.absoluteExpiresAt,
      userAgent: userSession.userAgent,
      ipAddress: userSession.ipAddress,
    })
    .from(userSession)
    .where(eq(userSession.userId, userId))
    .orderBy(desc(userSession.lastSeenAt));
  return rows.filter((r) => !isSessionExpired(r, now));
}
