import {
  assessmentRequest,
  localAuthority,
  requestAttachment,
  requestEvent,
  requestSection,
  requestSectionAssignment,
  userAccount,
  type Tx,
} from '@casework/db';
import {
  caseStatutoryDates,
  getRequestTemplate,
  isRequestStatus,
  londonDateOf,
  requestStatusLabels,
  sectionStatus,
  weeksElapsed,
  type ListSchoolRequests,
  type PlainDate,
  type RequestAnswers,
  type RequestStatus,
  type StatutoryDate,
} from '@casework/domain';
import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';

import type { SchoolActor } from './drafts';
import { caseFactsOf } from '../casework/facts';
import { problemsBeforeSending } from './check';
import { loadLaById, loadRequest, type AssessmentRequestRow } from './load';

function statusOf(row: { status: string }): RequestStatus {
  return isRequestStatus(row.status) ? row.status : 'submitted';
}

/**
 * The statutory dates of a received request as they stand today, from everything the LA has
 * recorded (the school cannot see advice requests, so advice dates are the LA's alone).
 */
export function statutoryDatesOf(row: AssessmentRequestRow, today: PlainDate): StatutoryDate[] {
  if (!row.receivedOn) return [];
  return caseStatutoryDates(caseFactsOf(row, []), today);
}

function nextDateOf(dates: StatutoryDate[]) {
  const next = dates.find((d) => d.state !== 'met_on_time' && d.state !== 'met_late');
  return next ? { label: next.label, dueOn: next.dueOn, state: next.state } : null;
}

async function namesOf(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ id: userAccount.id, name: userAccount.displayName })
    .from(userAccount)
    .where(inArray(userAccount.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every request of the active school, in every LA, for the tracking list. */
export async function listSchoolRequests(tx: Tx, schoolUrn: string, filters: ListSchoolRequests, now: Date) {
  const today = londonDateOf(now);
  const conditions: SQL[] = [eq(assessmentRequest.schoolUrn, schoolUrn)];
  if (filters.laCode) conditions.push(eq(localAuthority.dfeCode, filters.laCode));
  if (filters.status) conditions.push(eq(assessmentRequest.status, filters.status));
  if (filters.search) {
    const term = `%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(assessmentRequest.childName, term), ilike(assessmentRequest.reference, term));
    if (match) conditions.push(match);
  }
  const rows = await tx
    .select({ request: assessmentRequest, laName: localAuthority.name, laCode: localAuthority.dfeCode })
    .from(assessmentRequest)
    .innerJoin(localAuthority, eq(localAuthority.id, assessmentRequest.laId))
    .where(and(...conditions))
    .orderBy(desc(assessmentRequest.updatedAt));
  const names = await namesOf(
    tx,
    rows.map((r) => r.request.allocatedTo),
  );
  const items = rows.map(({ request, laName, laCode }) => {
    const dates = statutoryDatesOf(request, today);
    const status = statusOf(request);
    return {
      id: request.id,
      childName: request.childName,
      laCode,
      laName,
      reference: request.reference,
      status,
      statusLabel: requestStatusLabels[status],
      receivedOn: request.receivedOn,
      weeksElapsed:
        request.receivedOn && status !== 'withdrawn'
          ? weeksElapsed(request.receivedOn as PlainDate, today)
          : null,
      nextDate: nextDateOf(dates),
      handledBy: request.allocatedTo ? (names.get(request.allocatedTo) ?? null) : null,
      updatedAt: request.updatedAt.toISOString(),
    };
  });
  const dir = filters.direction === 'asc' ? 1 : -1;
  const key = (i: (typeof items)[number]): string | number => {
    switch (filters.sort) {
      case 'child':
        return (i.childName ?? '').toLowerCase();
      case 'la':
        return i.laName.toLowerCase();
      case 'reference':
        return i.reference ?? '';
      case 'status':
        return i.statusLabel;
      case 'weeks':
        return i.weeksElapsed ?? -1;
      case 'nextDate':
        return i.nextDate?.dueOn ?? '9999-12-31';
      default:
        return i.updatedAt;
    }
  };
  items.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : 0) * dir;
  });
  return items;
}

/** A teacher's list: the drafts with sections the SENCO asked them to write. */
export async function listAssignedToMe(tx: Tx, who: SchoolActor) {
  const rows = await tx
    .select({ assignment: requestSectionAssignment, request: assessmentRequest })
    .from(requestSectionAssignment)
    .innerJoin(assessmentRequest, eq(assessmentRequest.id, requestSectionAssignment.requestId))
    .where(eq(requestSectionAssignment.assignedTo, who.actor.userId))
    .orderBy(asc(requestSectionAssignment.assignedAt));
  return rows.map(({ assignment, request }) => {
    const template = getRequestTemplate(request.templateVersion);
    return {
      requestId: request.id,
      childName: request.childName,
      status: statusOf(request),
      sectionId: assignment.sectionId,
      sectionTitle:
        template.sections.find((s) => s.id === assignment.sectionId)?.title ?? assignment.sectionId,
      assignedAt: assignment.assignedAt.toISOString(),
      completedAt: assignment.completedAt?.toISOString() ?? null,
    };
  });
}

/**
 * One request as the school sees it. A teacher gets only the sections assigned to them (and the
 * child's name so they know whom they are writing about), nothing else.
 */
export async function schoolRequestDetail(tx: Tx, who: SchoolActor, requestId: string, now: Date) {
  const request = await loadRequest(tx, requestId);
  const today = londonDateOf(now);
  const template = getRequestTemplate(request.templateVersion);
  const la = await loadLaById(tx, request.laId);
  const [sections, assignments] = await Promise.all([
    tx.select().from(requestSection).where(eq(requestSection.requestId, request.id)),
    tx.select().from(requestSectionAssignment).where(eq(requestSectionAssignment.requestId, request.id)),
  ]);
  const isTeacher = who.role === 'teacher';
  const mine = new Set(assignments.filter((a) => a.assignedTo === who.actor.userId).map((a) => a.sectionId));
  const visibleSectionIds = isTeacher ? mine : new Set(template.sections.map((s) => s.id));
  const answers: RequestAnswers = {};
  for (const id of visibleSectionIds) answers[id] = request.answers[id];
  if (isTeacher) {
    // Conditions (year group, age) need the child's basic details; the teacher sees nothing else.
    answers.child = {
      ...(answers.child ?? {}),
      legalName: request.answers.child?.legalName,
      dateOfBirth: request.answers.child?.dateOfBirth,
      yearGroup: request.answers.child?.yearGroup,
    };
  }
  const names = await namesOf(tx, [
    ...sections.map((s) => s.lastEditedBy),
    ...assignments.flatMap((a) => [a.assignedTo, a.assignedBy]),
    request.allocatedTo,
  ]);
  const status = statusOf(request);
  const progress = sectionStatus(template, request.answers, { today }).filter((p) =>
    visibleSectionIds.has(p.sectionId),
  );
  const [attachments, events] = isTeacher
    ? [[], []]
    : await Promise.all([
        tx
          .select()
          .from(requestAttachment)
          .where(and(eq(requestAttachment.requestId, request.id), isNull(requestAttachment.removedAt)))
          .orderBy(asc(requestAttachment.uploadedAt)),
        tx
          .select()
          .from(requestEvent)
          .where(eq(requestEvent.requestId, request.id))
          .orderBy(asc(requestEvent.occurredAt), asc(requestEvent.seq)),
      ]);
  const eventNames = await namesOf(tx, [
    ...events.map((e) => e.actorId),
    ...attachments.map((a) => a.uploadedBy),
  ]);
  return {
    id: request.id,
    status,
    statusLabel: requestStatusLabels[status],
    reference: request.reference,
    receivedOn: request.receivedOn,
    childName: request.childName,
    templateVersion: request.templateVersion,
    la: { code: la.dfeCode, name: la.name, isOnboarded: !!la.onboardedAt, isChosen: request.isLaChosen },
    handledBy: request.allocatedTo ? (names.get(request.allocatedTo) ?? null) : null,
    withdrawalReason: request.withdrawalReason,
    copiedFromId: request.copiedFromId,
    answers,
    sections: progress.map((p) => {
      const state = sections.find((s) => s.sectionId === p.sectionId);
      const assignment = assignments.find((a) => a.sectionId === p.sectionId);
      return {
        ...p,
        version: state?.version ?? 0,
        lastEditedBy: state?.lastEditedBy ? (names.get(state.lastEditedBy) ?? null) : null,
        lastEditedAt: state?.lastEditedAt?.toISOString() ?? null,
        assignedTo: assignment
          ? { userId: assignment.assignedTo, name: names.get(assignment.assignedTo) ?? '' }
          : null,
        assignedAt: assignment?.assignedAt.toISOString() ?? null,
        completedAt: assignment?.completedAt?.toISOString() ?? null,
        isMine: mine.has(p.sectionId),
      };
    }),
    problems: isTeacher || status !== 'draft' ? [] : await problemsBeforeSending(tx, request, la, today),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      attachmentType: a.attachmentType,
      documentDate: a.documentDate,
      scanStatus: a.scanStatus,
      uploadedBy: eventNames.get(a.uploadedBy) ?? null,
      uploadedAt: a.uploadedAt.toISOString(),
    })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      detail: e.detail,
      by: e.actorId ? (eventNames.get(e.actorId) ?? null) : null,
      at: e.occurredAt.toISOString(),
    })),
    statutoryDates: statutoryDatesOf(request, today),
  };
}
