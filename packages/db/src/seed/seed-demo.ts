import { count, inArray } from 'drizzle-orm';

import type { Database } from '../client';
import { localAuthority, membership, school, userAccount } from '../schema';
import { demoLaCodes, demoSchools, demoUsers } from './demo-data';

/**
 * Loads the demo world. Runs as the connecting superuser in one transaction (it writes across
 * tenants, which the app role never may). `passwordHash` is the hash of DEMO_PASSWORD, passed in
 * so this package needs no hashing library.
 */
export async function seedDemo(db: Database, passwordHash: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(localAuthority)
      .set({ onboardedAt: now, updatedAt: now })
      .where(inArray(localAuthority.dfeCode, [...demoLaCodes]));
    const las = await tx.select({ id: localAuthority.id, code: localAuthority.dfeCode }).from(localAuthority);
    const laId = new Map(las.map((l) => [l.code, l.id]));
    await tx
      .insert(school)
      .values(demoSchools.map((s) => ({ ...s, isOpen: s.isOpen ?? true })))
      .onConflictDoNothing();
    for (const u of demoUsers) {
      const [user] = await tx
        .insert(userAccount)
        .values({ email: u.email, displayName: u.displayName, passwordHash, passwordChangedAt: now })
        .returning({ id: userAccount.id });
      if (!user) throw new Error(`Could not create demo user ${u.email}`);
      await tx.insert(membership).values(
        u.memberships.map((m) => {
          if ('school' in m)
            return {
              userId: user.id,
              organisationKind: 'school' as const,
              schoolUrn: m.school,
              role: m.role,
            };
          if ('la' in m) {
            const id = laId.get(m.la);
            if (!id) throw new Error(`Unknown LA ${m.la}`);
            return { userId: user.id, organisationKind: 'la' as const, laId: id, role: m.role };
          }
          return { userId: user.id, organisationKind: 'platform' as const, role: m.role };
        }),
      );
    }
  });
}

/** True when no one has been created yet: the first start of a fresh database. */
export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(userAccount);
  return (row?.n ?? 0) === 0;
}
