import { membership, userAccount, type Tx } from '@casework/db';
import { NotFound } from '@casework/domain';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';

import { endUserSessions } from './sessions';

/**
 * Users an administrator may manage: for an LA administrator, those with a membership in their
 * LA (row-level security limits the membership rows to the active LA); for a platform
 * administrator (`everyone`), all users.
 */
async function assertManageable(tx: Tx, userId: string, scope: { laId: string } | 'everyone'): Promise<void> {
  if (scope === 'everyone') {
    const [user] = await tx
      .select({ id: userAccount.id })
      .from(userAccount)
      .where(eq(userAccount.id, userId));
    if (!user) throw new NotFound('user');
    return;
  }
  const [m] = await tx
    .select({ id: membership.id })
    .from(membership)
    .where(and(eq(membership.userId, userId), eq(membership.laId, scope.laId), isNull(membership.endedAt)));
  if (!m) throw new NotFound('user');
}

export async function listLaUsers(tx: Tx, laId: string) {
  const rows = await tx
    .select({ userId: membership.userId, role: membership.role })
    .from(membership)
    .where(and(eq(membership.laId, laId), isNull(membership.endedAt)))
    .orderBy(asc(membership.createdAt));
  const ids = [...new Set(rows.map((r) => r.userId))];
  if (ids.length === 0) return [];
  const users = await tx
    .select({
      id: userAccount.id,
      displayName: userAccount.displayName,
      email: userAccount.email,
      lockedAt: userAccount.lockedAt,
      lastSignInAt: userAccount.lastSignInAt,
    })
    .from(userAccount)
    .where(inArray(userAccount.id, ids))
    .orderBy(asc(userAccount.displayName));
  return users.map((u) => ({
    ...u,
    lockedAt: u.lockedAt?.toISOString() ?? null,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    roles: rows.filter((r) => r.userId === u.id).map((r) => r.role),
  }));
}

export async function unlockUser(tx: Tx, userId: string, scope: { laId: string } | 'everyone', now: Date) {
  await assertManageable(tx, userId, scope);
  await tx
    .update(userAccount)
    .set({ lockedAt: null, failedSignInCount: 0, updatedAt: now })
    .where(eq(userAccount.id, userId));
}

export async function endSessionsOf(tx: Tx, userId: string, scope: { laId: string } | 'everyone') {
  await assertManageable(tx, userId, scope);
  return endUserSessions(tx, userId);
}
