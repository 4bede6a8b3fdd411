import {
  assessmentRequest,
  requestAttachment,
  requestEvent,
  requestSection,
  requestSectionEdit,
  requestSnapshot,
  rowsOf,
  type Tx,
} from '@casework/db';
import {
  Conflict,
  ValidationFailed,
  canWithdraw,
  formatRequestReference,
  getRequestTemplate,
  isRequestStatus,
  londonDateOf,
  withoutHiddenAnswers,
} from '@casework/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';

import type { SchoolActor } from './drafts';
import { refreshNextDue } from '../casework/facts';
import { problemsBeforeSending } from './check';
import { loadLaById, loadRequest } from './load';

export interface SubmissionResult {
  requestId: string;
  reference: string;
  receivedOn: string;
  laName: string;
}

/**
 * Sends a draft to the receiving LA. Idempotent: the page sends one key per attempt, and a retry
 * or double click with that key returns the first result instead of a second request.
 */
export async function submitRequest(
  tx: Tx,
  who: SchoolActor,
  input: { requestId: string; submissionKey: string },
  now: Date,
): Promise<SubmissionResult> {
  const request = await loadRequest(tx, input.requestId, { forUpdate: true });
  const la = await loadLaById(tx, request.laId);
  if (request.status !== 'draft') {
    if (request.submissionKey === input.submissionKey && request.reference && request.receivedOn) {
      return {
        requestId: request.id,
        reference: request.reference,
        receivedOn: request.receivedOn,
        laName: la.name,
      };
    }
    throw new Conflict(
      `This request has already been sent to ${la.name}${request.reference ? ` (reference ${request.reference})` : ''}`,
    );
  }
  const [keyUsed] = await tx
    .select({ id: assessmentRequest.id })
    .from(assessmentRequest)
    .where(eq(assessmentRequest.submissionKey, input.submissionKey));
  if (keyUsed) throw new Conflict('Reload the page and try again');

  const today = londonDateOf(now);
  const template = getRequestTemplate(request.templateVersion);
  const problems = await problemsBeforeSending(tx, request, la, today);
  if (problems.length > 0) throw new ValidationFailed(problems);

  const year = Number(today.slice(0, 4));
  const [counter] = rowsOf<{ n: number }>(
    await tx.execute(sql`select next_request_reference(${la.id}::uuid, ${year}) as n`),
  );
  if (!counter) throw new Error('no reference number');
  const reference = formatRequestReference(la.dfeCode, year, Number(counter.n));
  // Electronic delivery is immediate: the LA receives the request today (reg 5(1) clock start).
  await tx
    .update(assessmentRequest)
    .set({
      status: 'submitted',
      reference,
      receivedOn: today,
      submittedAt: now,
      submittedBy: who.actor.userId,
      submissionKey: input.submissionKey,
      statusChangedAt: now,
      updatedAt: now,
    })
    .where(eq(assessmentRequest.id, request.id));
  // Everything hanging off the request now belongs to the LA that received it.
  for (const table of [requestSection, requestSectionEdit, requestAttachment]) {
    await tx.update(table).set({ laId: la.id }).where(eq(table.requestId, request.id));
  }
  const files = await tx
    .select({
      id: requestAttachment.id,
      fileName: requestAttachment.fileName,
      contentType: requestAttachment.contentType,
      sizeBytes: requestAttachment.sizeBytes,
      sha256: requestAttachment.sha256,
      attachmentType: requestAttachment.attachmentType,
      documentDate: requestAttachment.documentDate,
    })
    .from(requestAttachment)
    .where(and(eq(requestAttachment.requestId, request.id), isNull(requestAttachment.removedAt)));
  await tx.insert(requestSnapshot).values({
    requestId: request.id,
    laId: la.id,
    schoolUrn: request.schoolUrn,
    templateId: request.templateId,
    templateVersion: request.templateVersion,
    answers: withoutHiddenAnswers(template, request.answers, { today }),
    attachments: files,
    submittedAt: now,
  });
  await tx.insert(requestEvent).values({
    requestId: request.id,
    laId: la.id,
    schoolUrn: request.schoolUrn,
    kind: 'submitted',
    detail: { reference },
    actorId: who.actor.userId,
    occurredAt: now,
  });
  // The caseload sorts and filters by the next statutory date from the moment the LA has it.
  await refreshNextDue(tx, request.id, today);
  return { requestId: request.id, reference, receivedOn: today, laName: la.name };
}

export async function withdrawRequest(
  tx: Tx,
  who: SchoolActor,
  input: { requestId: string; reason: string },
  now: Date,
) {
  const request = await loadRequest(tx, input.requestId, { forUpdate: true });
  if (!isRequestStatus(request.status) || !canWithdraw(request.status)) {
    throw new Conflict(
      request.status === 'draft'
        ? 'This request has not been sent yet. You can leave the draft, or delete what you do not need.'
        : 'This request can no longer be withdrawn: the local authority has already decided on it or it was withdrawn before.',
    );
  }
  await tx
    .update(assessmentRequest)
    .set({
      status: 'withdrawn',
      withdrawnAt: now,
      withdrawnBy: who.actor.userId,
      withdrawalReason: input.reason,
      statusChangedAt: now,
      updatedAt: now,
    })
    .where(eq(assessmentRequest.id, request.id));
  await tx.insert(requestEvent).values({
    requestId: request.id,
    laId: request.laId,
    schoolUrn: request.schoolUrn,
    kind: 'withdrawn',
    detail: { reason: input.reason, previousStatus: request.status },
    actorId: who.actor.userId,
    occurredAt: now,
  });
  // A withdrawn request has no statutory dates left.
  await refreshNextDue(tx, request.id, londonDateOf(now));
}

/**
 * The school answers the LA's request for more information. The request goes back to being
 * considered; the statutory clock never stopped.
 */
export async function respondToInformationRequest(
  tx: Tx,
  who: SchoolActor,
  input: { requestId: string; message: string },
  now: Date,
) {
  const request = await loadRequest(tx, input.requestId, { forUpdate: true });
  if (request.status !== 'more_information_requested') {
    throw new Conflict('The local authority has not asked for more information about this request');
  }
  await tx
    .update(assessmentRequest)
    .set({ status: 'submitted', statusChangedAt: now, updatedAt: now })
    .where(eq(assessmentRequest.id, request.id));
  await tx.insert(requestEvent).values({
    requestId: request.id,
    laId: request.laId,
    schoolUrn: who.schoolUrn,
    kind: 'information_provided',
    detail: { reason: input.message },
    actorId: who.actor.userId,
    occurredAt: now,
  });
}
