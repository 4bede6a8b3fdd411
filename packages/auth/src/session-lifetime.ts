/**
 * Session timeouts. The idle timeout slides forward with use; the absolute lifetime never moves,
 * so a stolen but busy session still ends. LAs commonly want about 30 minutes idle for staff, and
 * an LA may set its own idle timeout.
 */
export interface SessionLifetime {
  idleMinutes: number;
  absoluteHours: number;
}

export const defaultSessionLifetime: SessionLifetime = { idleMinutes: 30, absoluteHours: 12 };

export interface SessionTimes {
  createdAt: Date;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  lastSeenAt: Date;
}

export function newSessionTimes(now: Date, lifetime: SessionLifetime): SessionTimes {
  const absoluteExpiresAt = new Date(now.getTime() + lifetime.absoluteHours * 3_600_000);
  return {
    createdAt: now,
    lastSeenAt: now,
    absoluteExpiresAt,
    expiresAt: minDate(new Date(now.getTime() + lifetime.idleMinutes * 60_000), absoluteExpiresAt),
  };
}

export function isSessionExpired(
  session: Pick<SessionTimes, 'expiresAt' | 'absoluteExpiresAt'>,
  now: Date,
): boolean {
  return now >= session.expiresAt || now >= session.absoluteExpiresAt;
}

/**
 * The new idle expiry after activity at `now`, or null when writing it is not worth a database
 * round trip (it moved less than a minute, or is already capped by the absolute lifetime).
 */
export function slidExpiry(session: SessionTimes, now: Date, lifetime: SessionLifetime): Date | null {
  const next = minDate(new Date(now.getTime() + lifetime.idleMinutes * 60_000), session.absoluteExpiresAt);
  return next.getTime() - session.expiresAt.getTime() >= 60_000 ? next : null;
}

function minDate(a: Date, b: Date): Date {
  return a <= b ? a : b;
}
