import { assessmentRequest, statutoryExceptionRecord, type Tx } from '@casework/db';
import {
  assertDecisionAllowed,
  assertExceptionAllowed,
  assertNotInFuture,
  assertStepAllowed,
  statusAfterDecision,
  statutorySteps,
  ValidationFailed,
  type PlainDate,
  type RecordDecisionToAssess,
  type StatutoryDateKey,
  type StatutoryStep,
  type ExceptionReason,
} from '@casework/domain';
import { eq } from 'drizzle-orm';

import { loadCase, recordCaseEvent, refreshNextDue, type LaActor } from './facts';

/** The decision whether to assess, with reasons; the school sees it at once. */
export async function recordDecision(
  tx: Tx,
  who: LaActor,
  input: RecordDecisionToAssess,
  today: PlainDate,
  now: Date,
) {
  const { row, facts } = await loadCase(tx, input.requestId, { forUpdate: true });
  assertDecisionAllowed(facts, input.decidedOn, today);
  const status = statusAfterDecision(input.decision);
  await tx
    .update(assessmentRequest)
    .set({
      decision: input.decision,
      decisionOn: input.decidedOn,
      decisionReasons: input.reasons,
      status,
      statusChangedAt: now,
      updatedAt: now,
    })
    .where(eq(assessmentRequest.id, row.id));
  await recordCaseEvent(
    tx,
    row,
    who,
    'decision_recorded',
    { decision: input.decision, decidedOn: input.decidedOn, reason: input.reasons },
    now,
    true,
  );
  await refreshNextDue(tx, row.id, today);
  return { status };
}

const stepColumn = {
  draft_plan_served: 'draftPlanServedOn',
  final_plan_issued: 'finalPlanIssuedOn',
  not_issue_notice: 'notIssueNoticeOn',
} as const;

export async function recordStep(
  tx: Tx,
  who: LaActor,
  input: { requestId: string; step: StatutoryStep; on: PlainDate },
  today: PlainDate,
  now: Date,
) {
  const { row, facts } = await loadCase(tx, input.requestId, { forUpdate: true });
  const status = assertStepAllowed(facts, input.step, input.on, today);
  await tx
    .update(assessmentRequest)
    .set({
      [stepColumn[input.step]]: input.on,
      status,
      ...(status !== row.status ? { statusChangedAt: now } : {}),
      updatedAt: now,
    })
    .where(eq(assessmentRequest.id, row.id));
  const label = statutorySteps.find((s) => s.value === input.step)?.label ?? input.step;
  await recordCaseEvent(tx, row, who, input.step, { on: input.on, label }, now, true);
  await refreshNextDue(tx, row.id, today);
  return { status };
}

export async function recordException(
  tx: Tx,
  who: LaActor,
  input: {
    requestId: string;
    reason: ExceptionReason;
    appliesTo: StatutoryDateKey[];
    fromOn: PlainDate;
    toOn?: PlainDate | undefined;
    note?: string | undefined;
  },
  today: PlainDate,
  now: Date,
) {
  const { row } = await loadCase(tx, input.requestId, { forUpdate: true });
  assertNotInFuture('date the exception started', input.fromOn, today, 'fromOn');
  if (input.toOn && input.toOn < input.fromOn) {
    throw new ValidationFailed({
      field: 'toOn',
      reason: 'The date the exception ended must be the same as or after the date it started',
    });
  }
  assertExceptionAllowed({
    id: 'new',
    reason: input.reason,
    appliesTo: input.appliesTo,
    fromOn: input.fromOn,
    ...(input.toOn ? { toOn: input.toOn } : {}),
    ...(input.note ? { note: input.note } : {}),
  });
  const [record] = await tx
    .insert(statutoryExceptionRecord)
    .values({
      requestId: row.id,
      laId: row.laId,
      reason: input.reason,
      appliesTo: input.appliesTo,
      fromOn: input.fromOn,
      toOn: input.toOn ?? null,
      note: input.note ?? null,
      recordedBy: who.actor.userId,
      recordedAt: now,
    })
    .returning({ id: statutoryExceptionRecord.id });
  await tx
    .update(assessmentRequest)
    .set({ hasException: true, updatedAt: now })
    .where(eq(assessmentRequest.id, row.id));
  await recordCaseEvent(
    tx,
    row,
    who,
    'exception_recorded',
    { reason: input.reason, appliesTo: input.appliesTo, fromOn: input.fromOn },
    now,
  );
  return record;
}
