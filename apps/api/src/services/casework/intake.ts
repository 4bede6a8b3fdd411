import {
  assessmentRequest,
  caseNote,
  child,
  membership,
  requestSnapshot,
  school,
  type Tx,
} from '@casework/db';
import {
  Conflict,
  NotFound,
  ValidationFailed,
  assertDateNotBefore,
  ageOn,
  assertNotInFuture,
  currentRequestTemplateVersion,
  identifierMessages,
  formatRequestReference,
  matchChildRecords,
  requestTemplateV1,
  type PlainDate,
  type RecordDirectRequest,
  type RequestAnswers,
} from '@casework/domain';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';

import { rowsOf } from '@casework/db';
import { loadLaById, type AssessmentRequestRow } from '../requests/load';
import { loadCase, recordCaseEvent, refreshNextDue, type LaActor } from './facts';

/**
 * A request a parent or young person sent straight to the LA (by letter or email). The caseworker
 * records it with the date it arrived, which starts the clock (reg 5(1)); what came in is attached
 * as case documents.
 */
export async function recordDirectRequest(
  tx: Tx,
  who: LaActor,
  input: RecordDirectRequest,
  today: PlainDate,
  now: Date,
) {
  assertNotInFuture('date the request was received', input.receivedOn, today, 'receivedOn');
  assertNotInFuture('child’s date of birth', input.childDateOfBirth, today, 'childDateOfBirth');
  // Only a young person under 25 can ask for an assessment (CFA s83(2)).
  if (ageOn(input.childDateOfBirth, today) > 25) {
    throw new ValidationFailed({ field: 'childDateOfBirth', reason: identifierMessages.dateOfBirthTooOld });
  }
  if (input.schoolUrn) {
    const [s] = await tx.select({ urn: school.urn }).from(school).where(eq(school.urn, input.schoolUrn));
    if (!s)
      throw new ValidationFailed({
        field: 'schoolUrn',
        reason: 'There is no school with that URN in the national register',
      });
  }
  const la = await loadLaById(tx, who.laId);
  const year = Number(input.receivedOn.slice(0, 4));
  const [counter] = rowsOf<{ n: number }>(
    await tx.execute(sql`select next_request_reference(${la.id}::uuid, ${year}) as n`),
  );
  const reference = formatRequestReference(la.dfeCode, year, Number(counter?.n ?? 0));
  const answers: RequestAnswers = {
    child: {
      legalName: input.childLegalName,
      dateOfBirth: input.childDateOfBirth,
      ...(input.childUpn ? { upn: input.childUpn } : {}),
      ...(input.childPostcode ? { postcode: input.childPostcode } : {}),
      ...(input.schoolUrn ? { currentSetting: input.schoolUrn } : {}),
      homeLa: la.dfeCode,
    },
    whyNow: { reasons: input.summary },
  };
  const [row] = await tx
    .insert(assessmentRequest)
    .values({
      laId: la.id,
      isLaChosen: true,
      schoolUrn: null,
      source: 'recorded_by_la',
      requesterKind: input.requesterKind,
      requesterName: input.requesterName,
      status: 'submitted',
      templateId: requestTemplateV1.id,
      templateVersion: currentRequestTemplateVersion,
      answers,
      childName: input.childLegalName,
      childDateOfBirth: input.childDateOfBirth,
      childUpn: input.childUpn ?? null,
      reference,
      receivedOn: input.receivedOn,
      submittedAt: now,
      submittedBy: who.actor.userId,
      statusChangedAt: now,
      createdBy: who.actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await tx.insert(requestSnapshot).values({
    requestId: row.id,
    laId: la.id,
    schoolUrn: null,
    templateId: row.templateId,
    templateVersion: row.templateVersion,
    answers,
    attachments: [],
    submittedAt: now,
  });
  await recordCaseEvent(
    tx,
    row,
    who,
    'recorded',
    { reference, requesterKind: input.requesterKind, receivedOn: input.receivedOn },
    now,
  );
  await refreshNextDue(tx, row.id, today);
  return { id: row.id, reference };
}

/** LA staff who can hold cases, for allocation lists. */
export async function listCaseworkers(tx: Tx, laId: string) {
  const rows = await tx.execute(sql`
    select distinct u.id, u.display_name as name
    from membership m join user_account u on u.id = m.user_id
    where m.la_id = ${laId} and m.ended_at is null and m.role in ('caseworker', 'team_manager')
    order by 2`);
  return rowsOf<{ id: string; name: string }>(rows);
}

/** Allocates (or reallocates) requests to a caseworker of the same LA. */
export async function allocate(tx: Tx, who: LaActor, requestIds: string[], caseworkerId: string, now: Date) {
  const [worker] = await tx
    .select({ id: membership.userId })
    .from(membership)
    .where(
      and(
        eq(membership.userId, caseworkerId),
        eq(membership.laId, who.laId),
        isNull(membership.endedAt),
        inArray(membership.role, ['caseworker', 'team_manager']),
      ),
    );
  if (!worker)
    throw new ValidationFailed({
      field: 'caseworkerId',
      reason: 'Select a caseworker in your local authority',
    });
  const requests = await tx
    .select({
      id: assessmentRequest.id,
      laId: assessmentRequest.laId,
      schoolUrn: assessmentRequest.schoolUrn,
      allocatedTo: assessmentRequest.allocatedTo,
    })
    .from(assessmentRequest)
    .where(inArray(assessmentRequest.id, requestIds))
    .for('update');
  if (requests.length !== new Set(requestIds).size) throw new NotFound('request');
  await tx
    .update(assessmentRequest)
    .set({ allocatedTo: caseworkerId, allocatedAt: now, updatedAt: now })
    .where(inArray(assessmentRequest.id, requestIds));
  for (const r of requests) {
    await recordCaseEvent(tx, r, who, 'allocated', { to: caseworkerId, from: r.allocatedTo }, now);
  }
  return { allocated: requests.length };
}

/** Existing child records that may be this request's child (same UPN, or same name and date of birth). */
export async function childCandidates(
  tx: Tx,
  row: Pick<AssessmentRequestRow, 'laId' | 'childName' | 'childDateOfBirth' | 'childUpn'>,
) {
  const conditions = [
    ...(row.childUpn ? [eq(child.upn, row.childUpn)] : []),
    ...(row.childDateOfBirth ? [eq(child.dateOfBirth, row.childDateOfBirth)] : []),
  ];
  if (conditions.length === 0) return [];
  const rows = await tx
    .select({ id: child.id, legalName: child.legalName, dateOfBirth: child.dateOfBirth, upn: child.upn })
    .from(child)
    .where(and(eq(child.laId, row.laId), or(...conditions)));
  return matchChildRecords(
    { legalName: row.childName, dateOfBirth: row.childDateOfBirth, upn: row.childUpn },
    rows,
  );
}

export async function linkChild(tx: Tx, who: LaActor, requestId: string, childId: string, now: Date) {
  const { row } = await loadCase(tx, requestId, { forUpdate: true });
  const [record] = await tx.select({ id: child.id }).from(child).where(eq(child.id, childId));
  if (!record) throw new NotFound('child record');
  await tx.update(assessmentRequest).set({ childId, updatedAt: now }).where(eq(assessmentRequest.id, row.id));
  await recordCaseEvent(tx, row, who, 'child_linked', { childId }, now);
}

/** A new child record from the request's details, when no existing record is the same child. */
export async function createChildFromRequest(tx: Tx, who: LaActor, requestId: string, now: Date) {
  const { row } = await loadCase(tx, requestId, { forUpdate: true });
  if (row.childId) throw new Conflict('This request is already linked to a child record');
  if (!row.childName || !row.childDateOfBirth) {
    throw new ValidationFailed({
      field: 'requestId',
      reason: 'The request does not give the child’s name and date of birth',
    });
  }
  const postcode = row.answers.child?.postcode;
  const [record] = await tx
    .insert(child)
    .values({
      laId: row.laId,
      legalName: row.childName,
      dateOfBirth: row.childDateOfBirth,
      upn: row.childUpn,
      postcode: typeof postcode === 'string' ? postcode : null,
      createdBy: who.actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: child.id });
  if (!record) throw new Error('insert returned nothing');
  await tx
    .update(assessmentRequest)
    .set({ childId: record.id, updatedAt: now })
    .where(eq(assessmentRequest.id, row.id));
  await recordCaseEvent(tx, row, who, 'child_record_created', { childId: record.id }, now);
  return record;
}

/** Asks the school for more information. The clock keeps running, as in law. */
export async function requestMoreInformation(
  tx: Tx,
  who: LaActor,
  requestId: string,
  message: string,
  now: Date,
) {
  const { row } = await loadCase(tx, requestId, { forUpdate: true });
  if (!row.schoolUrn)
    throw new Conflict('This request did not come from a school, so there is no school to ask');
  if (row.status !== 'submitted' && row.status !== 'more_information_requested') {
    throw new Conflict('More information can only be asked for before the decision whether to assess');
  }
  await tx
    .update(assessmentRequest)
    .set({ status: 'more_information_requested', statusChangedAt: now, updatedAt: now })
    .where(eq(assessmentRequest.id, row.id));
  await recordCaseEvent(tx, row, who, 'more_information_requested', { reason: message }, now, true);
}

/** The LA's record of contact with the family (who, how, when, what was said). */
export async function recordFamilyContact(
  tx: Tx,
  who: LaActor,
  input: { requestId: string; contactedOn: PlainDate; method: string; summary: string },
  today: PlainDate,
  now: Date,
) {
  const { row } = await loadCase(tx, input.requestId);
  assertNotInFuture('date of the contact', input.contactedOn, today, 'contactedOn');
  assertDateNotBefore(
    'date of the contact',
    input.contactedOn,
    { on: (row.receivedOn ?? input.contactedOn) as PlainDate, label: 'the date the request was received' },
    'contactedOn',
  );
  await tx.insert(caseNote).values({
    requestId: row.id,
    laId: row.laId,
    kind: 'family_contact',
    contactMethod: input.method,
    contactedOn: input.contactedOn,
    body: input.summary,
    authorId: who.actor.userId,
    createdAt: now,
  });
  await recordCaseEvent(
    tx,
    row,
    who,
    'family_contact',
    { method: input.method, contactedOn: input.contactedOn },
    now,
  );
}
