import { adviceRequest, assessmentRequest, requestEvent, type Tx } from '@casework/db';
import {
  caseStatutoryDates,
  isRequestStatus,
  nextDueDate,
  type CaseFacts,
  type PlainDate,
  type StatutoryDate,
} from '@casework/domain';
import { asc, eq } from 'drizzle-orm';

import type { Actor } from '../types';
import { loadRequest, type AssessmentRequestRow } from '../requests/load';

export interface LaActor {
  actor: Actor;
  laId: string;
}

export function caseFactsOf(
  row: AssessmentRequestRow,
  advice: (typeof adviceRequest.$inferSelect)[],
): CaseFacts {
  return {
    status: isRequestStatus(row.status) ? row.status : 'submitted',
    receivedOn: (row.receivedOn ?? '1970-01-01') as PlainDate,
    decision: row.decision === 'assess' || row.decision === 'not_assess' ? row.decision : null,
    decisionOn: (row.decisionOn as PlainDate | null) ?? null,
    notIssueNoticeOn: (row.notIssueNoticeOn as PlainDate | null) ?? null,
    draftPlanServedOn: (row.draftPlanServedOn as PlainDate | null) ?? null,
    finalPlanIssuedOn: (row.finalPlanIssuedOn as PlainDate | null) ?? null,
    adviceRequests: advice.map((a) => ({
      id: a.id,
      adviser: a.adviserName,
      requestedOn: a.requestedOn as PlainDate,
      receivedOn: (a.receivedOn as PlainDate | null) ?? null,
    })),
  };
}

/** A received request the active LA holds (drafts and other LAs' requests are "not found"). */
export async function loadCase(tx: Tx, requestId: string, options: { forUpdate?: boolean } = {}) {
  const row = await loadRequest(tx, requestId, options);
  const advice = await tx
    .select()
    .from(adviceRequest)
    .where(eq(adviceRequest.requestId, row.id))
    .orderBy(asc(adviceRequest.requestedOn));
  return { row, advice, facts: caseFactsOf(row, advice) };
}

/**
 * Recomputes the next unmet statutory date and stores it on the request, so caseload lists can
 * filter and sort by it in SQL. Called after every change that can move it.
 */
export async function refreshNextDue(tx: Tx, requestId: string, today: PlainDate): Promise<StatutoryDate[]> {
  const { facts } = await loadCase(tx, requestId);
  const dates = caseStatutoryDates(facts, today);
  const next = nextDueDate(dates);
  await tx
    .update(assessmentRequest)
    .set({ nextDueOn: next?.dueOn ?? null, nextDueKey: next ? next.key : null })
    .where(eq(assessmentRequest.id, requestId));
  return dates;
}

/** One entry on the case timeline. `isVisibleToSchool` for what the requesting school should see. */
export async function recordCaseEvent(
  tx: Tx,
  request: Pick<AssessmentRequestRow, 'id' | 'laId' | 'schoolUrn'>,
  who: LaActor | null,
  kind: string,
  detail: Record<string, unknown>,
  now: Date,
  isVisibleToSchool = false,
) {
  await tx.insert(requestEvent).values({
    requestId: request.id,
    laId: request.laId,
    schoolUrn: request.schoolUrn,
    kind,
    detail,
    isVisibleToSchool,
    actorId: who?.actor.userId ?? null,
    occurredAt: now,
  });
}
