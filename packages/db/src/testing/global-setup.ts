import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

import { openDatabase } from '../client';
import { migrateDatabase } from '../migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated data directory dump. PostgreSQL: name of a migrated template database. */
    caseworkTestTemplate: string;
  }
}

/**
 * Migrates one template database per test run; each test file then starts from a copy of it
 * (PGlite: load the dump; PostgreSQL: CREATE DATABASE ... TEMPLATE), which takes a fraction of
 * a fresh initdb and migration.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `casework_tpl_${randomBytes(4).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const conn = await openDatabase({ url: withDatabase(url, name), maxConnections: 1 });
    await migrateDatabase(conn);
    await conn.close();
    project.provide('caseworkTestTemplate', name);
    return async () => {
      // Drop the template and every copy made from it in this run.
      const copies = await admin<
        { datname: string }[]
      >`select datname from pg_database where datname like ${name + '%'}`;
      for (const { datname } of copies) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      await admin.end();
    };
  }
  const conn = await openDatabase({});
  await migrateDatabase(conn);
  if (conn.kind !== 'pglite') throw new Error('unreachable');
  const dump = await conn.pglite.dumpDataDir('none');
  await conn.close();
  const dir = mkdtempSync(join(tmpdir(), 'casework-test-'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('caseworkTestTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
