import { randomUUID } from 'node:crypto';

import { job, withTenant } from '@casework/db';
import { londonDateOf } from '@casework/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Mailer } from '../mail';
import { createTestWorld, makeLa, makeUser, mutate, signIn, type TestWorld } from '../testing/harness';
import { startBackgroundWork } from './background';
import { EMAIL_JOB } from './handlers';
import { MAX_JOB_ATTEMPTS, enqueueJob, runDueJobs } from './queue';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const failingMailer: Mailer = {
  send: async () => {
    throw new Error('421 service not available');
  },
};

/** An email job to an address of the test's own, due now by the test clock. */
async function enqueueEmail(options: { runAfter?: Date; dedupeKey?: string } = {}) {
  const to = `staff-${randomUUID()}@example.org`;
  const queued = await withTenant(world.db, {}, (tx) =>
    enqueueJob(tx, {
      kind: EMAIL_JOB,
      payload: { to, subject: 'A reminder', text: 'Sign in to see it' },
      runAfter: options.runAfter ?? world.clock.now(),
      ...(options.dedupeKey ? { dedupeKey: options.dedupeKey } : {}),
    }),
  );
  if (!queued) throw new Error('not queued');
  return { id: queued.id, to };
}

async function jobRow(id: string) {
  const [row] = await world.db.select().from(job).where(eq(job.id, id));
  if (!row) throw new Error('no such job');
  return row;
}

describe('enqueuing', () => {
  it('adds a job only once for the same dedupe key', async () => {
    const dedupeKey = `test:${randomUUID()}`;
    const firstTime = await enqueueEmail({ dedupeKey });

    const again = await withTenant(world.db, {}, (tx) =>
      enqueueJob(tx, { kind: EMAIL_JOB, payload: {}, dedupeKey }),
    );

    expect(again).toBeNull();
    expect(await world.db.select().from(job).where(eq(job.dedupeKey, dedupeKey))).toEqual([
      await jobRow(firstTime.id),
    ]);
  });
});

describe('running due jobs', () => {
  it('sends a due email once and marks the job done', async () => {
    const queued = await enqueueEmail();

    await runDueJobs(world.deps, { limit: 100 });
    await runDueJobs(world.deps, { limit: 100 });

    expect(world.mailer.to(queued.to)).toEqual([
      { to: queued.to, subject: 'A reminder', text: 'Sign in to see it' },
    ]);
    expect(await jobRow(queued.id)).toMatchObject({
      attempts: 1,
      doneAt: world.clock.now(),
      lastError: null,
      lockedUntil: null,
    });
  });

  it('leaves a job alone until its time comes', async () => {
    const later = new Date(world.clock.now().getTime() + 30 * 60_000);
    const queued = await enqueueEmail({ runAfter: later });

    await runDueJobs(world.deps, { limit: 100 });
    expect(world.mailer.to(queued.to)).toEqual([]);

    world.clock.advanceMinutes(30);
    await runDueJobs(world.deps, { limit: 100 });
    expect(world.mailer.to(queued.to)).toHaveLength(1);
  });

  it('records the error when the mailer fails and tries again later', async () => {
    const queued = await enqueueEmail();
    const failedAt = world.clock.now();

    await runDueJobs({ ...world.deps, mailer: failingMailer }, { limit: 100 });
    const failed = await jobRow(queued.id);
    await runDueJobs(world.deps, { limit: 100 });
    const notYet = world.mailer.to(queued.to);
    world.clock.advanceMinutes(1);
    await runDueJobs(world.deps, { limit: 100 });

    expect(failed).toMatchObject({
      attempts: 1,
      doneAt: null,
      lockedUntil: null,
      lastError: 'Error: 421 service not available',
    });
    expect(failed.runAfter).toEqual(new Date(failedAt.getTime() + 60_000));
    expect(notYet).toEqual([]);
    expect(world.mailer.to(queued.to)).toHaveLength(1);
    expect(await jobRow(queued.id)).toMatchObject({ attempts: 2, lastError: null });
  });

  it(`gives up after ${MAX_JOB_ATTEMPTS} failed attempts and keeps the last error`, async () => {
    const queued = await enqueueEmail();

    for (let i = 0; i < MAX_JOB_ATTEMPTS + 2; i += 1) {
      await runDueJobs({ ...world.deps, mailer: failingMailer }, { limit: 100 });
      world.clock.advanceMinutes(120);
    }
    await runDueJobs(world.deps, { limit: 100 });

    expect(world.mailer.to(queued.to)).toEqual([]);
    expect(await jobRow(queued.id)).toMatchObject({
      attempts: MAX_JOB_ATTEMPTS,
      doneAt: null,
      lastError: 'Error: 421 service not available',
    });
  });

  it('records an error for a kind of job it does not know', async () => {
    const queued = await withTenant(world.db, {}, (tx) =>
      enqueueJob(tx, { kind: 'no_such_kind', payload: {}, runAfter: world.clock.now() }),
    );
    if (!queued) throw new Error('not queued');

    await runDueJobs(world.deps, { limit: 100 });

    expect(await jobRow(queued.id)).toMatchObject({
      attempts: 1,
      doneAt: null,
      lastError: 'Error: no handler for job kind no_such_kind',
    });
  });

  it('never sends the same email twice when two workers run at once', async () => {
    const queued = await Promise.all([enqueueEmail(), enqueueEmail(), enqueueEmail()]);

    await Promise.all([runDueJobs(world.deps, { limit: 100 }), runDueJobs(world.deps, { limit: 100 })]);

    for (const q of queued) expect(world.mailer.to(q.to)).toHaveLength(1);
  });
});

describe('background work', () => {
  it('scans every onboarded LA and sends the emails, until it is stopped', async () => {
    const la = await makeLa(world.db);
    const manager = await makeUser(world.db, [{ laId: la.id, role: 'team_manager' }]);
    const caseworker = await makeUser(world.db, [{ laId: la.id, role: 'caseworker' }]);
    const cookie = await signIn(world.app, caseworker);
    const recorded = await mutate<{ reference: string }>(
      world.app,
      'casework.recordDirectRequest',
      {
        receivedOn: londonDateOf(world.clock.now()),
        requesterKind: 'parent',
        requesterName: 'Alex Parent',
        childLegalName: 'Zebedee Quartermain',
        childDateOfBirth: '2018-03-14',
        summary: 'The family ask for an assessment',
      },
      cookie,
    );
    const reference = recorded.body.result?.data.reference;

    const stop = startBackgroundWork(world.deps, { intervalSeconds: 0.05 });
    const deadline = Date.now() + 10_000;
    while (world.mailer.to(manager.email).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    await stop();
    const lateJob = await enqueueEmail();
    await new Promise((r) => setTimeout(r, 200));

    expect(world.mailer.to(manager.email).map((m) => m.subject)).toEqual([
      `New request ${reference} received`,
    ]);
    expect(world.mailer.to(lateJob.to)).toEqual([]);
  });
});
