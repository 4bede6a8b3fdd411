import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseConnection, Tx } from './client';
import { APP_ROLE } from './roles';
import { rowsOf } from './rows';
import {
  assessmentRequest,
  auditEvent,
  localAuthority,
  membership,
  requestAttachment,
  requestEvent,
  requestSection,
  requestSectionEdit,
  requestSnapshot,
  school,
  userAccount,
} from './schema';
import { withTenant } from './tenant';
import { createTestDatabase } from './testing';

let conn: DatabaseConnection;
let laA: string;
let laB: string;
let userId: string;

/** Every table that holds an LA's data: found from the catalogue, so a new table is covered without editing this test. */
async function tenantTables(tx: Tx): Promise<string[]> {
  const r = await tx.execute(sql`
    select c.relname as table_name from pg_class c join pg_attribute a on a.attrelid = c.oid
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attname = 'la_id'
    order by 1`);
  return rowsOf<{ table_name: string }>(r).map((x) => x.table_name);
}

/** The tenant tables the app role can read at all (some are reached only through functions). */
async function readableTenantTables(tx: Tx): Promise<string[]> {
  const r = await tx.execute(sql`
    select c.relname as table_name from pg_class c join pg_attribute a on a.attrelid = c.oid
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attname = 'la_id'
      and has_table_privilege(${APP_ROLE}, c.oid, 'SELECT')
    order by 1`);
  return rowsOf<{ table_name: string }>(r).map((x) => x.table_name);
}

/** drizzle wraps the database's error; the reason is in its cause. */
async function failureOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? String(error);
  }
  return 'did not fail';
}

beforeAll(async () => {
  conn = await createTestDatabase();
  const db = conn.db;
  const [a] = await db
    .insert(localAuthority)
    .values({ dfeCode: '001', onsCode: 'E06999901', name: 'LA A', region: 'X' })
    .returning();
  const [b] = await db
    .insert(localAuthority)
    .values({ dfeCode: '002', onsCode: 'E06999902', name: 'LA B', region: 'X' })
    .returning();
  const [u] = await db
    .insert(userAccount)
    .values({ email: 'iso@example.org', displayName: 'Iso' })
    .returning();
  laA = a?.id ?? '';
  laB = b?.id ?? '';
  userId = u?.id ?? '';
  // Written as the connecting superuser, which RLS does not bind: one row of each tenant's data.
  await db
    .insert(school)
    .values({ urn: '800001', name: 'S', phase: 'Primary', type: 'x', laCode: '001', postcode: 'ME1 1AA' });
  for (const laId of [laA, laB]) {
    await db.insert(membership).values({ userId, organisationKind: 'la', laId, role: 'caseworker' });
    await db.insert(auditEvent).values({ laId, action: 'test.seed' });
    const [request] = await db
      .insert(assessmentRequest)
      .values({
        laId,
        schoolUrn: '800001',
        status: 'submitted',
        templateId: 'ehc-request',
        templateVersion: 1,
        createdBy: userId,
      })
      .returning();
    const requestId = request?.id ?? '';
    const child = { requestId, laId, schoolUrn: '800001' };
    await db.insert(requestSection).values({ ...child, sectionId: 'child', version: 1 });
    await db
      .insert(requestSectionEdit)
      .values({ ...child, sectionId: 'child', version: 1, editedBy: userId });
    await db.insert(requestEvent).values({ ...child, kind: 'submitted' });
    await db
      .insert(requestSnapshot)
      .values({
        ...child,
        templateId: 'ehc-request',
        templateVersion: 1,
        answers: {},
        attachments: [],
        submittedAt: new Date(),
      });
    await db.insert(requestAttachment).values({
      ...child,
      storageKey: requestId,
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      sizeBytes: 1,
      sha256: 'x',
      attachmentType: 'report',
      scanStatus: 'clean',
      uploadedBy: userId,
    });
  }
});
afterAll(() => conn.close());

describe('tenant isolation by row-level security', () => {
  it('serves requests as a role that is not a superuser, cannot bypass RLS and owns nothing', async () => {
    const r = await conn.db.execute(sql`
      select rolsuper, rolbypassrls, (select count(*)::int from pg_class where relowner = r.oid) as owned
      from pg_roles r where rolname = ${APP_ROLE}`);
    expect(rowsOf(r)).toEqual([{ rolsuper: false, rolbypassrls: false, owned: 0 }]);
  });

  it('enables and forces RLS on every table that carries la_id', async () => {
    await withTenant(conn.db, {}, async (tx) => {
      const tables = await tenantTables(tx);
      expect(tables.length).toBeGreaterThan(0);
      const r = await tx.execute(sql`
        select relname, relrowsecurity, relforcerowsecurity from pg_class
        where relnamespace = 'public'::regnamespace and relkind = 'r' and relname in ${tables}`);
      for (const row of rowsOf<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        r,
      )) {
        expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      }
    });
  });

  it('returns only the active LA’s rows from every tenant table', async () => {
    await withTenant(conn.db, { laId: laA }, async (tx) => {
      for (const table of await readableTenantTables(tx)) {
        const r = await tx.execute(
          sql`select count(*)::int as foreign_rows from ${sql.identifier(table)} where la_id is distinct from ${laA}`,
        );
        expect(rowsOf<{ foreign_rows: number }>(r)[0]?.foreign_rows, table).toBe(0);
      }
      const own = await tx.select().from(membership);
      expect(own.map((m) => m.laId)).toEqual([laA]);
      const requests = await tx.select().from(assessmentRequest);
      expect(requests.map((r) => r.laId)).toEqual([laA]);
    });
  });

  it('returns nothing from any tenant table when no organisation is set (fails closed)', async () => {
    await withTenant(conn.db, {}, async (tx) => {
      for (const table of await readableTenantTables(tx)) {
        const r = await tx.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`);
        expect(rowsOf<{ n: number }>(r)[0]?.n, table).toBe(0);
      }
    });
  });

  it('refuses to write a row for another LA', async () => {
    expect(
      await failureOf(
        withTenant(conn.db, { laId: laA }, (tx) =>
          tx.insert(membership).values({ userId, organisationKind: 'la', laId: laB, role: 'la_admin' }),
        ),
      ),
    ).toMatch(/row-level security/);
    expect(
      await failureOf(
        withTenant(conn.db, { laId: laA }, (tx) => tx.insert(auditEvent).values({ laId: laB, action: 'x' })),
      ),
    ).toMatch(/row-level security/);
  });

  it('cannot move a row into another LA by updating it', async () => {
    expect(
      await failureOf(withTenant(conn.db, { laId: laA }, (tx) => tx.update(membership).set({ laId: laB }))),
    ).toMatch(/row-level security/);
  });

  it('keeps the audit trail append-only, for the app role and the owner alike', async () => {
    const asApp = (work: (tx: Tx) => Promise<unknown>) => failureOf(withTenant(conn.db, { laId: laA }, work));
    expect(await asApp((tx) => tx.update(auditEvent).set({ action: 'changed' }))).toMatch(
      /permission denied/,
    );
    expect(await asApp((tx) => tx.delete(auditEvent))).toMatch(/permission denied/);
    expect(await failureOf(conn.db.delete(auditEvent))).toMatch(/append-only/);
  });

  it('does not leak the tenant setting to the next transaction on the same connection', async () => {
    await withTenant(conn.db, { laId: laA }, async () => {});
    const r = await conn.db.execute(
      sql`select current_setting('app.la_id', true) as la, current_user as who`,
    );
    const row = rowsOf<{ la: string | null; who: string }>(r)[0];
    expect(row?.la ?? '').toBe('');
    expect(row?.who).not.toBe(APP_ROLE);
  });

  it('never shows one tenant’s rows to another across many concurrent transactions', async () => {
    let crossed = 0;
    const worker = async (laId: string) => {
      for (let i = 0; i < 15; i += 1) {
        const seen = await withTenant(conn.db, { laId }, async (tx) => {
          await tx.execute(sql`select pg_sleep(0)`);
          return tx.select({ laId: membership.laId }).from(membership);
        });
        crossed += seen.filter((s) => s.laId !== laId).length;
        if (seen.length !== 1) crossed += 1;
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => worker(i % 2 ? laA : laB)));
    expect(crossed).toBe(0);
  });
});
