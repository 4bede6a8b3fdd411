import {
  LOCK_AFTER_FAILURES,
  accountThrottle,
  afterFailure,
  ipThrottle,
  isBlocked,
  verifyAgainstDecoy,
  verifyPassword,
  type ThrottlePolicy,
  type ThrottleState,
} from '@casework/auth';
import { signInThrottle, userAccount, withTenant, type Tx } from '@casework/db';
import { ValidationFailed } from '@casework/domain';
import { TRPCError } from '@trpc/server';
import { eq, inArray, sql } from 'drizzle-orm';

import { recordAudit } from './audit';
import { createSession, lifetimeFor, loadMemberships, type NewSession } from './sessions';
import type { AppDeps } from './types';

/** One message whatever was wrong, so the form does not reveal which accounts exist. */
export const SIGN_IN_FAILED = 'The email address or password is not right';
export const ACCOUNT_LOCKED =
  'This account has been locked after too many failed attempts. Ask your administrator to unlock it.';

export interface SignInInput {
  email: string;
  password: string;
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string;
}

const emailKey = (email: string) => `email:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Checks the password outside any transaction (argon2 takes tens of milliseconds, and on PGlite an
 * open transaction blocks every other request), then records the outcome in one transaction.
 */
export async function signIn(deps: AppDeps, input: SignInInput): Promise<NewSession> {
  const email = input.email.trim().toLowerCase();
  const now = deps.now();
  const keys = [emailKey(email), ...(input.ipAddress ? [ipKey(input.ipAddress)] : [])];

  const before = await withTenant(deps.db, {}, async (tx) => {
    const throttles = await tx.select().from(signInThrottle).where(inArray(signInThrottle.key, keys));
    const [user] = await tx
      .select()
      .from(userAccount)
      .where(eq(sql`lower(${userAccount.email})`, email));
    return { throttles: new Map(throttles.map((t) => [t.key, t])), user };
  });

  const blocked = [...before.throttles.values()].find((t) => isBlocked(t, now));
  if (blocked?.blockedUntil) {
    const minutes = Math.max(1, Math.ceil((blocked.blockedUntil.getTime() - now.getTime()) / 60_000));
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `There have been too many attempts to sign in. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    });
  }

  const user = before.user;
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password);
  const emailThrottle = before.throttles.get(emailKey(email));
  // Unknown addresses "lock" after the same number of failures, so a lock reveals nothing either.
  const locked = user ? !!user.lockedAt : (emailThrottle?.failures ?? 0) >= LOCK_AFTER_FAILURES;

  if (!passwordOk || locked || !user) {
    const becameLocked = await withTenant(deps.db, {}, async (tx) => {
      await bumpThrottle(tx, emailKey(email), before.throttles.get(emailKey(email)), now, accountThrottle);
      if (input.ipAddress) {
        await bumpThrottle(
          tx,
          ipKey(input.ipAddress),
          before.throttles.get(ipKey(input.ipAddress)),
          now,
          ipThrottle,
        );
      }
      let nowLocked = locked;
      if (user && !locked && !passwordOk) {
        const failures = user.failedSignInCount + 1;
        nowLocked = failures >= LOCK_AFTER_FAILURES;
        await tx
          .update(userAccount)
          .set({ failedSignInCount: failures, lockedAt: nowLocked ? now : null, updatedAt: now })
          .where(eq(userAccount.id, user.id));
      }
      await recordAudit(
        tx,
        { requestId: input.requestId, userId: user?.id ?? null, laId: null, schoolUrn: null, role: null },
        { action: 'sign_in.failed', detail: { locked: nowLocked, knownAccount: !!user } },
      );
      return nowLocked;
    });
    deps.logger.info(
      { requestId: input.requestId, event: 'sign_in.failed', locked: becameLocked },
      'sign-in failed',
    );
    throw new ValidationFailed({ field: 'email', reason: becameLocked ? ACCOUNT_LOCKED : SIGN_IN_FAILED });
  }

  return withTenant(deps.db, { userId: user.id }, async (tx) => {
    await tx.delete(signInThrottle).where(eq(signInThrottle.key, emailKey(email)));
    await tx
      .update(userAccount)
      .set({ failedSignInCount: 0, lastSignInAt: now, updatedAt: now })
      .where(eq(userAccount.id, user.id));
    const memberships = await loadMemberships(tx, user.id);
    const active = memberships[0] ?? null;
    const session = await createSession(
      tx,
      {
        userId: user.id,
        activeMembershipId: active?.id ?? null,
        ipAddress: input.ipAddress,
        userAgent: input.userAgent,
      },
      now,
      lifetimeFor(active, deps.config.sessionLifetime, null),
    );
    await recordAudit(
      tx,
      { requestId: input.requestId, userId: user.id, laId: null, schoolUrn: null, role: null },
      { action: 'sign_in', recordType: 'user_account', recordId: user.id },
    );
    deps.logger.info({ requestId: input.requestId, event: 'sign_in', userId: user.id }, 'signed in');
    return session;
  });
}

async function bumpThrottle(
  tx: Tx,
  key: string,
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy,
) {
  const next = afterFailure(state, now, policy);
  await tx
    .insert(signInThrottle)
    .values({ key, ...next })
    .onConflictDoUpdate({ target: signInThrottle.key, set: next });
}
