import {
  adviceUploadLink,
  assessmentRequest,
  caseDocument,
  caseNote,
  caseTask,
  child,
  localAuthority,
  requestAttachment,
  requestEvent,
  requestSnapshot,
  rowsOf,
  school,
  statutoryExceptionRecord,
  userAccount,
  type Tx,
} from '@casework/db';
import {
  NotFound,
  ValidationFailed,
  caseStatutoryDates,
  isRequestStatus,
  requestStatusLabels,
  weeksElapsed,
  type PlainDate,
} from '@casework/domain';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';

import { loadCase, recordCaseEvent, type LaActor } from './facts';
import { childCandidates } from './intake';

async function names(tx: Tx, ids: (string | null | undefined)[]) {
  const unique = [...new Set(ids.filter((i): i is string => !!i))];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: userAccount.id, name: userAccount.displayName })
    .from(userAccount)
    .where(inArray(userAccount.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Everything on the case page: the child, the clock, the timeline, documents, notes and tasks. */
export async function caseFile(tx: Tx, requestId: string, today: PlainDate, now: Date) {
  const { row, advice, facts } = await loadCase(tx, requestId);
  const [snapshot] = await tx.select().from(requestSnapshot).where(eq(requestSnapshot.requestId, row.id));
  const [schoolRow] = row.schoolUrn
    ? await tx
        .select({ urn: school.urn, name: school.name, laCode: school.laCode, laName: localAuthority.name })
        .from(school)
        .leftJoin(localAuthority, eq(localAuthority.dfeCode, school.laCode))
        .where(eq(school.urn, row.schoolUrn))
    : [];
  const [childRecord] = row.childId ? await tx.select().from(child).where(eq(child.id, row.childId)) : [];
  const [events, notes, tasks, documents, attachments, exceptions, links] = await Promise.all([
    tx
      .select()
      .from(requestEvent)
      .where(eq(requestEvent.requestId, row.id))
      .orderBy(asc(requestEvent.occurredAt), asc(requestEvent.seq)),
    tx.select().from(caseNote).where(eq(caseNote.requestId, row.id)).orderBy(desc(caseNote.createdAt)),
    tx.select().from(caseTask).where(eq(caseTask.requestId, row.id)).orderBy(asc(caseTask.dueOn)),
    tx
      .select()
      .from(caseDocument)
      .where(eq(caseDocument.requestId, row.id))
      .orderBy(desc(caseDocument.uploadedAt)),
    tx
      .select()
      .from(requestAttachment)
      .where(and(eq(requestAttachment.requestId, row.id), isNull(requestAttachment.removedAt)))
      .orderBy(asc(requestAttachment.uploadedAt)),
    tx
      .select()
      .from(statutoryExceptionRecord)
      .where(eq(statutoryExceptionRecord.requestId, row.id))
      .orderBy(asc(statutoryExceptionRecord.fromOn)),
    advice.length
      ? tx
          .select()
          .from(adviceUploadLink)
          .where(
            inArray(
              adviceUploadLink.adviceRequestId,
              advice.map((a) => a.id),
            ),
          )
      : Promise.resolve([]),
  ]);
  const who = await names(tx, [
    row.allocatedTo,
    row.submittedBy,
    ...events.flatMap((e) => [
      e.actorId,
      ...(['to', 'from'] as const).map((k) => (typeof e.detail[k] === 'string' ? e.detail[k] : null)),
    ]),
    ...notes.map((n) => n.authorId),
    ...tasks.flatMap((t) => [t.assignedTo, t.createdBy]),
    ...documents.map((d) => d.uploadedBy),
  ]);
  const dates = caseStatutoryDates(facts, today);
  const excusedKeys = new Set(exceptions.flatMap((e) => e.appliesTo));
  return {
    id: row.id,
    reference: row.reference,
    status: facts.status,
    statusLabel: requestStatusLabels[facts.status],
    source: row.source,
    requesterKind: row.requesterKind,
    requesterName: row.requesterName,
    receivedOn: row.receivedOn,
    withdrawalReason: row.withdrawalReason,
    weeksElapsed: row.receivedOn ? weeksElapsed(row.receivedOn as PlainDate, today) : null,
    child: {
      name: row.childName,
      dateOfBirth: row.childDateOfBirth,
      upn: row.childUpn,
      record: childRecord
        ? {
            id: childRecord.id,
            legalName: childRecord.legalName,
            dateOfBirth: childRecord.dateOfBirth,
            upn: childRecord.upn,
          }
        : null,
    },
    school: schoolRow ?? null,
    allocatedTo: row.allocatedTo ? { id: row.allocatedTo, name: who.get(row.allocatedTo) ?? '' } : null,
    decision: facts.decision
      ? { decision: facts.decision, on: facts.decisionOn, reasons: row.decisionReasons }
      : null,
    steps: {
      draftPlanServedOn: facts.draftPlanServedOn,
      finalPlanIssuedOn: facts.finalPlanIssuedOn,
      notIssueNoticeOn: facts.notIssueNoticeOn,
    },
    statutoryDates: dates.map((d) => ({ ...d, hasException: excusedKeys.has(d.key) })),
    templateVersion: snapshot?.templateVersion ?? row.templateVersion,
    answers: snapshot?.answers ?? row.answers,
    advice: advice.map((a) => ({
      id: a.id,
      adviserKind: a.adviserKind,
      adviserName: a.adviserName,
      adviserOrganisation: a.adviserOrganisation,
      adviserEmail: a.adviserEmail,
      requestedOn: a.requestedOn,
      dueOn: a.dueOn,
      receivedOn: a.receivedOn,
      lastChasedOn: a.lastChasedOn,
      chaseCount: a.chaseCount,
      state: dates.find((d) => d.key === 'adviceDue' && d.refId === a.id)?.state ?? null,
      hasOpenLink: links.some((l) => l.adviceRequestId === a.id && !l.usedAt && l.expiresAt > now),
      documents: documents
        .filter((d) => d.adviceRequestId === a.id)
        .map((d) => ({ id: d.id, fileName: d.fileName })),
    })),
    exceptions: exceptions.map((e) => ({
      id: e.id,
      reason: e.reason,
      appliesTo: e.appliesTo,
      fromOn: e.fromOn,
      toOn: e.toOn,
      note: e.note,
    })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      // People named in an event (allocated to, from) by name, as the timeline shows them.
      detail: {
        ...e.detail,
        ...(typeof e.detail.to === 'string' ? { toName: who.get(e.detail.to) ?? null } : {}),
        ...(typeof e.detail.from === 'string' ? { fromName: who.get(e.detail.from) ?? null } : {}),
      },
      by: e.actorId ? (who.get(e.actorId) ?? null) : null,
      at: e.occurredAt.toISOString(),
      isVisibleToSchool: e.isVisibleToSchool,
    })),
    notes: notes.map((n) => ({
      id: n.id,
      kind: n.kind,
      contactMethod: n.contactMethod,
      contactedOn: n.contactedOn,
      body: n.body,
      by: who.get(n.authorId) ?? '',
      at: n.createdAt.toISOString(),
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      dueOn: t.dueOn,
      assignedTo: t.assignedTo ? { id: t.assignedTo, name: who.get(t.assignedTo) ?? '' } : null,
      completedAt: t.completedAt?.toISOString() ?? null,
      isOverdue: !t.completedAt && t.dueOn < today,
    })),
    documents: [
      ...attachments.map((a) => ({
        id: a.id,
        source: 'school' as const,
        fileName: a.fileName,
        kind: a.attachmentType,
        sizeBytes: a.sizeBytes,
        at: a.uploadedAt.toISOString(),
        by: null as string | null,
      })),
      ...documents.map((d) => ({
        id: d.id,
        source: d.uploadedVia === 'adviser_link' ? ('adviser' as const) : ('la' as const),
        fileName: d.fileName,
        kind: d.kind,
        sizeBytes: d.sizeBytes,
        at: d.uploadedAt.toISOString(),
        by: d.uploadedBy ? (who.get(d.uploadedBy) ?? null) : null,
      })),
    ],
    childCandidates: row.childId ? [] : await childCandidates(tx, row),
  };
}

export async function addNote(tx: Tx, who: LaActor, requestId: string, body: string, now: Date) {
  const { row } = await loadCase(tx, requestId);
  await tx.insert(caseNote).values({
    requestId: row.id,
    laId: row.laId,
    kind: 'note',
    body,
    authorId: who.actor.userId,
    createdAt: now,
  });
  await recordCaseEvent(tx, row, who, 'note_added', {}, now);
}

export async function addTask(
  tx: Tx,
  who: LaActor,
  input: { requestId: string; title: string; dueOn: PlainDate; assignedTo?: string | undefined },
  now: Date,
) {
  const { row } = await loadCase(tx, input.requestId);
  if (input.assignedTo) {
    // The assignee must work for this LA.
    const staff = rowsOf(
      await tx.execute(
        sql`select 1 from membership where user_id = ${input.assignedTo} and la_id = ${who.laId} and ended_at is null`,
      ),
    );
    if (staff.length === 0) {
      throw new ValidationFailed({ field: 'assignedTo', reason: 'Select someone in your local authority' });
    }
  }
  const [task] = await tx
    .insert(caseTask)
    .values({
      requestId: row.id,
      laId: row.laId,
      title: input.title,
      dueOn: input.dueOn,
      assignedTo: input.assignedTo ?? who.actor.userId,
      createdBy: who.actor.userId,
      createdAt: now,
    })
    .returning({ id: caseTask.id });
  await recordCaseEvent(tx, row, who, 'task_added', { taskId: task?.id, dueOn: input.dueOn }, now);
  return task;
}

export async function completeTask(tx: Tx, who: LaActor, taskId: string, now: Date) {
  const [task] = await tx.select().from(caseTask).where(eq(caseTask.id, taskId));
  if (!task) throw new NotFound('task');
  if (task.completedAt) return;
  await tx
    .update(caseTask)
    .set({ completedAt: now, completedBy: who.actor.userId })
    .where(eq(caseTask.id, task.id));
  const { row } = await loadCase(tx, task.requestId);
  await recordCaseEvent(tx, row, who, 'task_completed', { taskId: task.id }, now);
}

/** The LA's record of one child, with every request, decision and plan over the years. */
export async function childRecord(tx: Tx, childId: string) {
  const [record] = await tx.select().from(child).where(eq(child.id, childId));
  if (!record) throw new NotFound('child record');
  const requests = await tx
    .select({
      id: assessmentRequest.id,
      reference: assessmentRequest.reference,
      status: assessmentRequest.status,
      source: assessmentRequest.source,
      receivedOn: assessmentRequest.receivedOn,
      decision: assessmentRequest.decision,
      decisionOn: assessmentRequest.decisionOn,
      finalPlanIssuedOn: assessmentRequest.finalPlanIssuedOn,
      schoolName: school.name,
    })
    .from(assessmentRequest)
    .leftJoin(school, eq(school.urn, assessmentRequest.schoolUrn))
    .where(eq(assessmentRequest.childId, record.id))
    .orderBy(desc(assessmentRequest.receivedOn));
  return {
    id: record.id,
    legalName: record.legalName,
    dateOfBirth: record.dateOfBirth,
    upn: record.upn,
    postcode: record.postcode,
    createdAt: record.createdAt.toISOString(),
    requests: requests.map((r) => {
      const status = isRequestStatus(r.status) ? r.status : 'submitted';
      return { ...r, status, statusLabel: requestStatusLabels[status] };
    }),
  };
}
