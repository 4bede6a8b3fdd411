import { job, withTenant, type Tx } from '@casework/db';
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';

import type { AppDeps } from '../services/types';
import { jobHandlers } from './handlers';

/** A job that has failed this many times is left alone (with its last error) for an operator. */
export const MAX_JOB_ATTEMPTS = 5;
/** How long a claimed job stays invisible to other workers; a crashed worker's jobs come back after it. */
const LOCK_MINUTES = 5;

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  runAfter?: Date;
  /** Enqueuing twice with the same key adds nothing. */
  dedupeKey?: string;
}

/** Adds a job in the caller's transaction, so it exists only if the work that wanted it commits. */
export async function enqueueJob(tx: Tx, input: NewJob): Promise<{ id: string } | null> {
  const [row] = await tx
    .insert(job)
    .values({
      kind: input.kind,
      payload: input.payload,
      ...(input.runAfter ? { runAfter: input.runAfter } : {}),
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: job.id });
  return row ?? null;
}

/** Minutes to wait before the next try: 1, 2, 4, 8… capped at an hour. */
function backoffMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 60);
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 1000);
}

/**
 * Claims up to `limit` due jobs, runs each, and records the outcome. The claim is its own short
 * transaction and each outcome another: no transaction stays open while a handler sends mail
 * (PGlite has one connection, so that would stall every request). `FOR UPDATE SKIP LOCKED` lets
 * several workers share the table on PostgreSQL without taking the same job.
 */
export async function runDueJobs(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<{ succeeded: number; failed: number }> {
  const now = deps.now();
  const limit = options.limit ?? 50;
  const claimed = await withTenant(deps.db, {}, (tx) => {
    const due = tx
      .select({ id: job.id })
      .from(job)
      .where(
        and(
          isNull(job.doneAt),
          lte(job.runAfter, now),
          lt(job.attempts, MAX_JOB_ATTEMPTS),
          or(isNull(job.lockedUntil), lt(job.lockedUntil, now)),
        ),
      )
      .orderBy(asc(job.runAfter))
      .limit(limit)
      .for('update', { skipLocked: true });
    return tx
      .update(job)
      .set({
        lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000),
        attempts: sql`${job.attempts} + 1`,
      })
      .where(inArray(job.id, due))
      .returning({ id: job.id, kind: job.kind, payload: job.payload, attempts: job.attempts });
  });

  let succeeded = 0;
  let failed = 0;
  for (const claim of claimed) {
    try {
      const handler = jobHandlers[claim.kind];
      if (!handler) throw new Error(`no handler for job kind ${claim.kind}`);
      await handler(deps, claim.payload);
      await withTenant(deps.db, {}, (tx) =>
        tx
          .update(job)
          .set({ doneAt: deps.now(), lockedUntil: null, lastError: null })
          .where(eq(job.id, claim.id)),
      );
      succeeded += 1;
    } catch (error) {
      failed += 1;
      const retryAt = new Date(deps.now().getTime() + backoffMinutes(claim.attempts) * 60_000);
      await withTenant(deps.db, {}, (tx) =>
        tx
          .update(job)
          .set({ lastError: errorText(error), lockedUntil: null, runAfter: retryAt })
          .where(eq(job.id, claim.id)),
      );
      // The error text stays in the table: a mail server's message may quote an address.
      deps.logger.warn(
        {
          event: 'job.failed',
          jobId: claim.id,
          kind: claim.kind,
          attempts: claim.attempts,
          givenUp: claim.attempts >= MAX_JOB_ATTEMPTS,
        },
        'background job failed',
      );
    }
  }
  return { succeeded, failed };
}
