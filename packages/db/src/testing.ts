import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import postgres from 'postgres';
import { inject } from 'vitest';

import { openDatabase, type DatabaseConnection } from './client';
import { withDatabase } from './testing/global-setup';

export { withDatabase };

/**
 * A database of its own for one test file, copied from the run's migrated template. Connected
 * as the superuser, exactly like development: every query that matters goes through
 * withTenant, which switches to the app role.
 */
export async function createTestDatabase(): Promise<DatabaseConnection> {
  const template = inject('caseworkTestTemplate');
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `${template}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.end();
    }
    return openDatabase({ url: withDatabase(url, name), maxConnections: 10 });
  }
  const dump = readFileSync(template);
  return openDatabase({ loadDataDir: new Blob([dump]) });
}
