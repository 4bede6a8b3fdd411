/**
 * Benchmarks that print figures (never assert on time). Run with `npm run bench`; set
 * DATABASE_URL to measure PostgreSQL instead of embedded PGlite.
 *
 * Measures, against a real database with RLS, through the real HTTP app (Hono's app.request):
 * sign-in, the LA caseload list (filtered, sorted, paged), the case page, a section autosave, and
 * the process's memory.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { hashPassword } from '@casework/auth';
import {
  assessmentRequest,
  localAuthority,
  membership,
  migrateDatabase,
  openDatabase,
  school,
  userAccount,
  type DatabaseConnection,
} from '@casework/db';
import { addDays, exampleCompleteRequestAnswers, londonDateOf, plainDate } from '@casework/domain';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import postgres from 'postgres';

import { createApp } from '../src/app';
import { LocalDiskStorage } from '../src/services/file-storage';
import type { AppDeps } from '../src/services/types';
import { SignatureScanner } from '../src/services/virus-scanner';

const ORIGIN = 'http://localhost:3000';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);

async function open(): Promise<{ connection: DatabaseConnection; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { connection: await openDatabase({}), drop: async () => {} };
  const name = `casework_bench_${randomUUID().slice(0, 8)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    connection: await openDatabase({ url: u.toString() }),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function time(label: string, n: number, work: (i: number) => unknown) {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await work(i);
    samples.push(performance.now() - t);
  }
  const total = performance.now() - started;
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} n=${String(n).padStart(4)}  p50 ${percentile(samples, 50).toFixed(1)} ms  p95 ${percentile(samples, 95).toFixed(1)} ms  ${((n / total) * 1000).toFixed(0)} req/s`,
  );
}

async function main() {
  const setupStarted = performance.now();
  const { connection, drop } = await open();
  await migrateDatabase(connection);
  const db = connection.db;
  const uploads = mkdtempSync(join(tmpdir(), 'casework-bench-'));
  const deps: AppDeps = {
    db,
    logger: pino({ level: 'silent' }),
    now: () => new Date(),
    config: { appOrigin: ORIGIN, sessionLifetime: { idleMinutes: 30, absoluteHours: 12 }, trustProxy: false },
    storage: new LocalDiskStorage(uploads),
    scanner: new SignatureScanner(),
    // The benchmark sends no mail.
    mailer: { send: async () => {} },
  };
  const app = createApp(deps);

  const [la] = await db
    .update(localAuthority)
    .set({ onboardedAt: new Date() })
    .where(eq(localAuthority.dfeCode, '886'))
    .returning();
  if (!la) throw new Error('no LA');
  await db
    .insert(school)
    .values({
      urn: '900001',
      name: 'Bench School',
      phase: 'Primary',
      type: 'Community school',
      laCode: '886',
      postcode: 'ME14 2LL',
    });
  const passwordHash = await hashPassword('bench-password-1234');
  const [caseworker] = await db
    .insert(userAccount)
    .values({ email: 'cw@bench.example.org', displayName: 'Bench Caseworker', passwordHash })
    .returning();
  const [senco] = await db
    .insert(userAccount)
    .values({ email: 'senco@bench.example.org', displayName: 'Bench SENCO', passwordHash })
    .returning();
  if (!caseworker || !senco) throw new Error('no users');
  await db.insert(membership).values([
    { userId: caseworker.id, organisationKind: 'la', laId: la.id, role: 'caseworker' },
    { userId: senco.id, organisationKind: 'school', schoolUrn: '900001', role: 'senco' },
  ]);
  const today = londonDateOf(new Date());
  const answers = exampleCompleteRequestAnswers(today);
  const rows = Array.from({ length: REQUESTS }, (_, i) => {
    const receivedOn = addDays(today, -(i % 200));
    return {
      laId: la.id,
      schoolUrn: '900001',
      status: i % 3 === 0 ? 'assessing' : 'submitted',
      templateId: 'ehc-request',
      templateVersion: 1,
      answers,
      childName: `Child ${i}`,
      childDateOfBirth: '2016-04-12',
      reference: `886-2026-${String(i + 1).padStart(5, '0')}`,
      receivedOn,
      nextDueOn: addDays(plainDate(receivedOn), 42),
      nextDueKey: 'decisionWhetherToAssess',
      allocatedTo: i % 2 ? caseworker.id : null,
      createdBy: senco.id,
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db.insert(assessmentRequest).values(rows.slice(i, i + 500));
  console.log(
    `Set-up: ${REQUESTS} requests in one LA on ${connection.kind} in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );

  const headers = (cookie?: string) => ({
    origin: ORIGIN,
    'content-type': 'application/json',
    ...(cookie ? { cookie } : {}),
  });
  let cookie = '';
  await time('sign in (argon2id)', 10, async () => {
    const res = await app.request('/trpc/session.signIn', {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ email: 'cw@bench.example.org', password: 'bench-password-1234' }),
    });
    cookie = (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  });
  const input = (o: unknown) => encodeURIComponent(JSON.stringify(o));
  await time('caseload: first page, next due', ITERATIONS, () =>
    app.request(`/trpc/casework.caseload?input=${input({})}`, { headers: headers(cookie) }),
  );
  await time('caseload: my cases, overdue, search', ITERATIONS, (i) =>
    app.request(
      `/trpc/casework.caseload?input=${input({ caseworker: 'me', isOverdue: true, search: `Child ${i % 50}` })}`,
      {
        headers: headers(cookie),
      },
    ),
  );
  await time('caseload: page 50 by child name', ITERATIONS, () =>
    app.request(`/trpc/casework.caseload?input=${input({ sort: 'child', page: 50, isOpen: false })}`, {
      headers: headers(cookie),
    }),
  );
  const ids = (await db.select({ id: assessmentRequest.id }).from(assessmentRequest).limit(ITERATIONS)).map(
    (r) => r.id,
  );
  await time('case page', ITERATIONS, (i) =>
    app.request(`/trpc/casework.caseById?input=${input({ requestId: ids[i % ids.length] })}`, {
      headers: headers(cookie),
    }),
  );
  await time('timeliness report (a year)', 20, () =>
    app.request(`/trpc/casework.timeliness?input=${input({ fromOn: addDays(today, -365), toOn: today })}`, {
      headers: headers(cookie),
    }),
  );

  const sencoRes = await app.request('/trpc/session.signIn', {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ email: 'senco@bench.example.org', password: 'bench-password-1234' }),
  });
  const sencoCookie = (sencoRes.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const started = await app.request('/trpc/requests.start', {
    method: 'POST',
    headers: headers(sencoCookie),
    body: '{}',
  });
  const draftId = ((await started.json()) as { result: { data: { id: string } } }).result.data.id;
  let version = 0;
  await time('autosave one section', ITERATIONS, async (i) => {
    const res = await app.request('/trpc/requests.saveSection', {
      method: 'POST',
      headers: headers(sencoCookie),
      body: JSON.stringify({
        requestId: draftId,
        sectionId: 'views',
        baseVersion: version,
        answers: { likeAndAdmire: `Draft ${i}` },
      }),
    });
    version = ((await res.json()) as { result: { data: { version: number } } }).result.data.version;
  });

  const mem = process.memoryUsage();
  console.log(
    `Memory: RSS ${(mem.rss / 1048576).toFixed(0)} MiB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MiB`,
  );
  await connection.close();
  await drop();
  rmSync(uploads, { recursive: true, force: true });
}

await main();
