import { sql } from 'drizzle-orm';

import type { Database, Tx } from './client';
import { APP_ROLE } from './roles';

/** Whose data a transaction may touch. Row-level security reads these settings. */
export interface TenantScope {
  userId?: string | null;
  laId?: string | null;
  schoolUrn?: string | null;
  role?: string | null;
}

/**
 * Sets the role and tenant for the current transaction only (`set_config(..., true)`), so nothing
 * leaks to the next request on a pooled connection. Switching to the app role makes RLS apply
 * even when connected as a superuser (PGlite, development); in production, connected as the app
 * role, the switch is a no-op.
 */
export async function applyTenantScope(tx: Tx, scope: TenantScope): Promise<void> {
  await tx.execute(
    sql`select set_config('role', ${APP_ROLE}, true),
               set_config('app.user_id', ${scope.userId ?? ''}, true),
               set_config('app.la_id', ${scope.laId ?? ''}, true),
               set_config('app.school_urn', ${scope.schoolUrn ?? ''}, true),
               set_config('app.role', ${scope.role ?? ''}, true)`,
  );
}

/** Runs `work` in one transaction as the app role with the given tenant scope. */
export function withTenant<T>(db: Database, scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await applyTenantScope(tx, scope);
    return work(tx);
  });
}
