import { migrateDatabase } from '@casework/db';

import { readEnv } from '../env';
import { openConfiguredDatabase } from '../server';

const env = readEnv();
const connection = await openConfiguredDatabase(env);
try {
  const state = await migrateDatabase(connection, { migrationUrl: env.MIGRATION_DATABASE_URL });
  console.log(`Migrations applied: ${state.applied} of ${state.total}`);
} finally {
  await connection.close();
}
