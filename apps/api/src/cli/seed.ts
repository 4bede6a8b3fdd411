import { rmSync } from 'node:fs';

import { hashPassword } from '@casework/auth';
import { DEMO_PASSWORD, migrateDatabase, openDatabase, seedDemo } from '@casework/db';
import postgres from 'postgres';

import { readEnv } from '../env';

/** Resets the demo: wipes the database, migrates it afresh and loads the demo data. */
const env = readEnv();
if (env.DATABASE_URL) {
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await admin.end();
} else {
  // Fails with a clear message if the server is running on this data directory.
  const probe = await openDatabase({ dataDir: env.PGLITE_DATA_DIR });
  await probe.close();
  rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
}
const connection = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DATA_DIR });
try {
  await migrateDatabase(connection, { migrationUrl: env.MIGRATION_DATABASE_URL });
  await seedDemo(connection.db, await hashPassword(DEMO_PASSWORD));
  console.log('The demo data has been reset. Sign in with any demo login from the README.');
} finally {
  await connection.close();
}
