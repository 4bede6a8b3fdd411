import { fileURLToPath } from 'node:url';

import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

import type { Database, DatabaseConnection } from './client';
import { localAuthorities } from './reference/local-authorities';
import { APP_ROLE, OWNER_ROLE } from './roles';
import { rowsOf } from './rows';
import * as schema from './schema';

export const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

/**
 * Creates the two roles (cluster-wide, so not in a migration) and lets the owner create objects
 * in this database. Idempotent; needs a superuser, so it runs on PGlite and in development, and
 * in production is done once by provisioning (see infra/RUNBOOK.md).
 */
const bootstrapSql = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN
    CREATE ROLE ${OWNER_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
    CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
  END IF;
  EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO ${OWNER_ROLE}', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${APP_ROLE}', current_database());
END $$;
GRANT USAGE, CREATE ON SCHEMA public TO ${OWNER_ROLE};
`;

export interface MigrationResult {
  applied: number;
  total: number;
}

/** Brings the schema up to date and refreshes shipped reference data. Safe to run on every start. */
export async function migrateDatabase(
  connection: DatabaseConnection,
  options: { migrationUrl?: string | undefined } = {},
): Promise<MigrationResult> {
  if (connection.kind === 'pglite') {
    const pg = connection.pglite;
    await pg.exec(bootstrapSql);
    await pg.exec(`SET ROLE ${OWNER_ROLE}`);
    try {
      const db = drizzlePglite({ client: pg, schema });
      await migratePglite(db, { migrationsFolder });
      await syncReferenceData(db);
    } finally {
      await pg.exec('RESET ROLE');
    }
    return migrationState(connection.db);
  }
  // A single connection, so the session-level SET ROLE covers every statement the migrator sends.
  const client = postgres(options.migrationUrl ?? connectionUrl(connection), { max: 1, onnotice: () => {} });
  try {
    const [me] = await client<
      { rolsuper: boolean }[]
    >`select rolsuper from pg_roles where rolname = current_user`;
    if (me?.rolsuper) {
      await client.unsafe(bootstrapSql);
      await client.unsafe(`SET ROLE ${OWNER_ROLE}`);
    }
    const db = drizzlePostgres({ client, schema });
    await migratePostgres(db, { migrationsFolder });
    await syncReferenceData(db);
  } finally {
    await client.end({ timeout: 5 });
  }
  return migrationState(connection.db);
}

function connectionUrl(connection: Extract<DatabaseConnection, { kind: 'postgres' }>): string {
  const o = connection.sql.options;
  const host = o.host[0] ?? '127.0.0.1';
  const port = o.port[0] ?? 5432;
  const auth = o.pass
    ? `${encodeURIComponent(o.user)}:${encodeURIComponent(String(o.pass))}`
    : encodeURIComponent(o.user);
  return `postgres://${auth}@${host}:${port}/${encodeURIComponent(o.database)}`;
}

async function syncReferenceData(db: Database): Promise<void> {
  await db
    .insert(schema.localAuthority)
    .values(localAuthorities.map((la) => ({ ...la, previousOnsCode: la.previousOnsCode ?? null })))
    .onConflictDoUpdate({
      target: schema.localAuthority.dfeCode,
      set: {
        name: sql`excluded.name`,
        onsCode: sql`excluded.ons_code`,
        previousOnsCode: sql`excluded.previous_ons_code`,
        region: sql`excluded.region`,
      },
    });
}

/** How many migrations the code ships and how many the database has applied (for /health). */
export async function migrationState(db: Database): Promise<MigrationResult> {
  const total = readMigrationFiles({ migrationsFolder }).length;
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
    return rowsOf<{ n: number }>(
      await tx.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    );
  });
  return { applied: Number(rows[0]?.n ?? 0), total };
}
