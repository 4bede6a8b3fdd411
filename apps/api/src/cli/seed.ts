import { rmSync } from 'node:fs';

import { openDatabase } from '@casework/db';
import postgres from 'postgres';

import { readEnv } from '../env';
import { startApp } from '../server';

/** Resets the demo: wipes the database, then starts the app once, which migrates and seeds it. */
const env = readEnv({ ...process.env, SEED_DEMO: 'true' });
if (env.DATABASE_URL) {
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(
    'DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;',
  );
  await admin.end();
} else {
  // Fails with a clear message if the server is running on this data directory.
  const probe = await openDatabase({ dataDir: env.PGLITE_DATA_DIR });
  await probe.close();
  rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
}
const { connection } = await startApp(env);
await connection.close();
console.log('The demo data has been reset. Sign in with any demo login from the README.');
