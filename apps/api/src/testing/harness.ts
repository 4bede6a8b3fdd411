import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { hashPassword } from '@casework/auth';
import {
  localAuthority,
  membership,
  school,
  userAccount,
  type Database,
  type DatabaseConnection,
} from '@casework/db';
import { createTestDatabase } from '@casework/db/testing';
import type { LaRole, SchoolRole } from '@casework/domain';
import pino from 'pino';

import { createApp, type App } from '../app';
import type { MailMessage, Mailer } from '../mail';
import { LocalDiskStorage } from '../services/file-storage';
import type { AppDeps } from '../services/types';
import { SignatureScanner } from '../services/virus-scanner';

export const TEST_ORIGIN = 'http://localhost:3000';
export const TEST_PASSWORD = 'correct-horse-battery-1';

/** Keeps sent mail in memory so tests can read it. */
export class CapturingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push({ ...message });
  }
  /** Mail sent to one address, oldest first. */
  to(address: string): MailMessage[] {
    return this.sent.filter((m) => m.to === address);
  }
}

/** A controllable clock: tests move time instead of waiting for it. */
export class TestClock {
  constructor(public current = new Date('2026-11-26T10:00:00Z')) {}
  now = () => new Date(this.current);
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestWorld {
  app: App;
  db: Database;
  connection: DatabaseConnection;
  clock: TestClock;
  mailer: CapturingMailer;
  deps: AppDeps;
  close: () => Promise<void>;
}

/** One database per test file, copied from the run's migrated template. */
export async function createTestWorld(): Promise<TestWorld> {
  const connection = await createTestDatabase();
  const clock = new TestClock();
  const mailer = new CapturingMailer();
  const uploadDir = mkdtempSync(join(tmpdir(), 'casework-uploads-'));
  const deps: AppDeps = {
    db: connection.db,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    now: clock.now,
    config: {
      appOrigin: TEST_ORIGIN,
      sessionLifetime: { idleMinutes: 30, absoluteHours: 12 },
      trustProxy: true,
    },
    storage: new LocalDiskStorage(uploadDir),
    scanner: new SignatureScanner(),
    mailer,
  };
  const close = async () => {
    await connection.close();
    rmSync(uploadDir, { recursive: true, force: true });
  };
  return { app: createApp(deps), db: connection.db, connection, clock, mailer, deps, close };
}

let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let laCodeCounter = 0;
/** An onboarded LA of the test's own, with a fictional code outside the real 2xx–9xx range. */
export async function makeLa(db: Database, name = 'Test LA') {
  laCodeCounter += 1;
  const code = String(laCodeCounter).padStart(3, '0');
  const [la] = await db
    .insert(localAuthority)
    .values({
      dfeCode: code,
      onsCode: `E06${String(laCodeCounter).padStart(6, '9')}`,
      name: `${name} ${laCodeCounter}`,
      region: 'South East',
      onboardedAt: new Date(),
    })
    .returning();
  if (!la) throw new Error('could not make LA');
  return la;
}

let urnCounter = 0;
export async function makeSchool(db: Database, laCode: string, name = 'Test School') {
  urnCounter += 1;
  const urn = String(800000 + urnCounter);
  const [row] = await db
    .insert(school)
    .values({
      urn,
      name: `${name} ${urnCounter}`,
      phase: 'Primary',
      type: 'Community school',
      laCode,
      postcode: 'ME14 2LL',
    })
    .returning();
  if (!row) throw new Error('could not make school');
  return row;
}

export type TestMembership =
  { schoolUrn: string; role: SchoolRole } | { laId: string; role: LaRole } | { platform: true };

export async function makeUser(
  db: Database,
  memberships: TestMembership[],
  options: { email?: string } = {},
) {
  const email = options.email ?? `user-${randomUUID()}@example.org`;
  const [user] = await db
    .insert(userAccount)
    .values({ email, displayName: 'Test User', passwordHash: await testPasswordHash() })
    .returning();
  if (!user) throw new Error('could not make user');
  const rows = memberships.length
    ? await db
        .insert(membership)
        .values(
          memberships.map((m) =>
            'schoolUrn' in m
              ? { userId: user.id, organisationKind: 'school' as const, schoolUrn: m.schoolUrn, role: m.role }
              : 'laId' in m
                ? { userId: user.id, organisationKind: 'la' as const, laId: m.laId, role: m.role }
                : { userId: user.id, organisationKind: 'platform' as const, role: 'platform_admin' },
          ),
        )
        .returning()
    : [];
  return { ...user, password: TEST_PASSWORD, memberships: rows };
}

export interface CallResult<T = unknown> {
  status: number;
  body: {
    result?: { data: T };
    error?: {
      message: string;
      code: number;
      data: { code: string; fieldErrors: { field: string; reason: string }[] };
    };
  };
  headers: Headers;
}

/** Calls a tRPC procedure over HTTP exactly as the browser does. */
export async function call<T = unknown>(
  app: App,
  path: string,
  input?: unknown,
  options: { cookie?: string | undefined; method?: 'GET' | 'POST'; origin?: string | null; ip?: string } = {},
): Promise<CallResult<T>> {
  const method = options.method ?? (input === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { 'x-forwarded-for': options.ip ?? '203.0.113.10' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin !== null) headers.origin = options.origin ?? TEST_ORIGIN;
  let url = `/trpc/${path}`;
  let body: string | undefined;
  if (method === 'GET') {
    if (input !== undefined) url += `?input=${encodeURIComponent(JSON.stringify(input))}`;
  } else {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(input ?? null);
  }
  const res = await app.request(url, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : {}) as CallResult<T>['body'],
    headers: res.headers,
  };
}

export const query = <T = unknown>(app: App, path: string, input: unknown, cookie?: string) =>
  call<T>(app, path, input, { cookie, method: 'GET' });
export const mutate = <T = unknown>(app: App, path: string, input: unknown, cookie?: string) =>
  call<T>(app, path, input, { cookie, method: 'POST' });

/** The session cookie a response set, as a Cookie header value, or null if it cleared it. */
export function sessionCookieFrom(headers: Headers): string | null {
  const set = headers.getSetCookie().find((c) => c.startsWith('casework_session='));
  if (!set) return null;
  const value = set.split(';')[0] ?? '';
  return value === 'casework_session=' ? null : value;
}

/** Signs in and returns the Cookie header value. */
export async function signIn(app: App, user: { email: string; password: string }): Promise<string> {
  const res = await mutate(app, 'session.signIn', { email: user.email, password: user.password });
  const cookie = sessionCookieFrom(res.headers);
  if (res.status !== 200 || !cookie)
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return cookie;
}
