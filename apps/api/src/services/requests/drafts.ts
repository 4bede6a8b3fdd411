import {
  assessmentRequest,
  membership,
  requestAttachment,
  requestSection,
  requestSectionAssignment,
  requestSectionEdit,
  school,
  userAccount,
  type Tx,
} from '@casework/db';
import {
  Conflict,
  NotAllowed,
  NotFound,
  ValidationFailed,
  childSummary,
  currentRequestTemplateVersion,
  draftAnswersSchema,
  findSection,
  getRequestTemplate,
  requestTemplateV1,
  sanitiseAnswers,
  sectionsNotCopied,
  type AssignRequestSection,
  type RequestAnswers,
  type SaveRequestSection,
} from '@casework/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';

import type { Actor } from '../types';
import { loadLaByCode, loadRequest, type AssessmentRequestRow } from './load';

export interface SchoolActor {
  actor: Actor;
  schoolUrn: string;
  role: 'senco' | 'teacher' | 'headteacher';
}

function assertDraft(request: AssessmentRequestRow) {
  if (request.status !== 'draft') {
    throw new Conflict('This request has been sent to the local authority, so it can no longer be changed');
  }
}

function summaryColumns(answers: RequestAnswers) {
  const child = childSummary(answers);
  return { childName: child.legalName, childDateOfBirth: child.dateOfBirth, childUpn: child.upn };
}

/** The LA a new request goes to by default: the school's own, until the child's home LA is known. */
async function defaultLaFor(tx: Tx, schoolUrn: string) {
  const [s] = await tx.select({ laCode: school.laCode }).from(school).where(eq(school.urn, schoolUrn));
  if (!s) throw new NotFound('school');
  const la = await loadLaByCode(tx, s.laCode);
  if (!la) throw new NotFound('local authority');
  return la;
}

export async function startRequest(
  tx: Tx,
  who: SchoolActor,
  input: { laCode?: string | undefined },
  now: Date,
) {
  const la = input.laCode ? await loadLaByCode(tx, input.laCode) : await defaultLaFor(tx, who.schoolUrn);
  if (!la) throw new ValidationFailed({ field: 'laCode', reason: 'Choose a local authority from the list' });
  const [row] = await tx
    .insert(assessmentRequest)
    .values({
      laId: la.id,
      isLaChosen: !!input.laCode,
      schoolUrn: who.schoolUrn,
      templateId: requestTemplateV1.id,
      templateVersion: currentRequestTemplateVersion,
      answers: { child: { currentSetting: who.schoolUrn } },
      createdBy: who.actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: assessmentRequest.id });
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/**
 * A new draft from an earlier request (the child moved, or the LA declined and the school asks
 * again): everything is copied except consent, which must be given afresh, and the evidence
 * files are carried over (the files themselves never change).
 */
export async function startRequestFrom(tx: Tx, who: SchoolActor, sourceId: string, now: Date) {
  const source = await loadRequest(tx, sourceId);
  const answers: RequestAnswers = { ...source.answers };
  for (const id of sectionsNotCopied) delete answers[id];
  const template = getRequestTemplate(currentRequestTemplateVersion);
  const copied = sanitiseAnswers(template, answers);
  const [row] = await tx
    .insert(assessmentRequest)
    .values({
      laId: source.laId,
      isLaChosen: source.isLaChosen,
      schoolUrn: who.schoolUrn,
      templateId: template.id,
      templateVersion: template.version,
      answers: copied,
      ...summaryColumns(copied),
      copiedFromId: source.id,
      createdBy: who.actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: assessmentRequest.id });
  if (!row) throw new Error('insert returned nothing');
  const files = await tx
    .select()
    .from(requestAttachment)
    .where(and(eq(requestAttachment.requestId, source.id), isNull(requestAttachment.removedAt)));
  if (files.length > 0) {
    await tx.insert(requestAttachment).values(
      files.map(({ id: _id, requestId: _r, uploadedAt: _u, ...file }) => ({
        ...file,
        requestId: row.id,
        laId: source.laId,
        uploadedAt: now,
      })),
    );
  }
  return row;
}

export async function chooseReceivingLa(tx: Tx, requestId: string, laCode: string, now: Date) {
  const request = await loadRequest(tx, requestId, { forUpdate: true });
  assertDraft(request);
  const la = await loadLaByCode(tx, laCode);
  if (!la) throw new ValidationFailed({ field: 'laCode', reason: 'Choose a local authority from the list' });
  await tx
    .update(assessmentRequest)
    .set({ laId: la.id, isLaChosen: true, updatedAt: now })
    .where(eq(assessmentRequest.id, requestId));
  return { laCode: la.dfeCode, laName: la.name, isOnboarded: !!la.onboardedAt };
}

async function assignmentFor(tx: Tx, requestId: string, sectionId: string) {
  const [a] = await tx
    .select()
    .from(requestSectionAssignment)
    .where(
      and(
        eq(requestSectionAssignment.requestId, requestId),
        eq(requestSectionAssignment.sectionId, sectionId),
      ),
    );
  return a ?? null;
}

/**
 * Saves one section. Refuses a save made from an older version of the section than the one
 * stored, so a second tab (or a colleague) never silently overwrites newer work.
 */
export async function saveSection(tx: Tx, who: SchoolActor, input: SaveRequestSection, now: Date) {
  const request = await loadRequest(tx, input.requestId, { forUpdate: true });
  assertDraft(request);
  const template = getRequestTemplate(request.templateVersion);
  if (!template.sections.some((s) => s.id === input.sectionId)) {
    throw new ValidationFailed({ field: 'sectionId', reason: 'Choose a section of the request' });
  }
  if (who.role === 'teacher') {
    const assignment = await assignmentFor(tx, request.id, input.sectionId);
    if (assignment?.assignedTo !== who.actor.userId) {
      throw new NotAllowed('The SENCO has not asked you to write this section');
    }
  }
  const [state] = await tx
    .select()
    .from(requestSection)
    .where(and(eq(requestSection.requestId, request.id), eq(requestSection.sectionId, input.sectionId)));
  const currentVersion = state?.version ?? 0;
  if (input.baseVersion !== currentVersion) {
    const [editor] = state?.lastEditedBy
      ? await tx
          .select({ name: userAccount.displayName })
          .from(userAccount)
          .where(eq(userAccount.id, state.lastEditedBy))
      : [];
    const by =
      editor && state?.lastEditedBy !== who.actor.userId ? ` by ${editor.name}` : ' in another tab or window';
    throw new Conflict(
      `This section was changed${by} after you opened it, so your latest changes were not saved. Copy anything you need to keep, then reload the page to see the newest version.`,
    );
  }
  // Check what was sent before cleaning it, so an over-long answer is refused, never cut short.
  const refusals = (result: ReturnType<typeof draftAnswersSchema.safeParse>) =>
    result.success
      ? []
      : result.error.issues.map((i) => ({
          field: i.path.length ? i.path.map(String).join('.') : input.sectionId,
          reason: i.message,
        }));
  const asSent = refusals(draftAnswersSchema.safeParse({ [input.sectionId]: input.answers }));
  if (asSent.length > 0) throw new ValidationFailed(asSent);
  const sectionAnswers =
    sanitiseAnswers(template, { [input.sectionId]: input.answers })[input.sectionId] ?? {};
  const merged: RequestAnswers = { ...request.answers, [input.sectionId]: sectionAnswers };
  const whole = refusals(draftAnswersSchema.safeParse(merged));
  if (whole.length > 0) throw new ValidationFailed(whole);
  let laId = request.laId;
  // Until the SENCO picks the LA themselves, the request follows the LA the child lives in.
  const homeLa = merged.child?.homeLa;
  if (!request.isLaChosen && typeof homeLa === 'string' && /^\d{3}$/.test(homeLa)) {
    const la = await loadLaByCode(tx, homeLa);
    if (la) laId = la.id;
  }
  await tx
    .update(assessmentRequest)
    .set({ answers: merged, ...summaryColumns(merged), laId, updatedAt: now })
    .where(eq(assessmentRequest.id, request.id));
  const version = currentVersion + 1;
  await tx
    .insert(requestSection)
    .values({
      requestId: request.id,
      sectionId: input.sectionId,
      laId,
      schoolUrn: who.schoolUrn,
      version,
      lastEditedBy: who.actor.userId,
      lastEditedAt: now,
    })
    .onConflictDoUpdate({
      target: [requestSection.requestId, requestSection.sectionId],
      set: { version, lastEditedBy: who.actor.userId, lastEditedAt: now, laId },
    });
  await tx.insert(requestSectionEdit).values({
    requestId: request.id,
    sectionId: input.sectionId,
    laId,
    schoolUrn: who.schoolUrn,
    editedBy: who.actor.userId,
    editedAt: now,
    version,
  });
  return { version, savedAt: now.toISOString(), answers: sectionAnswers };
}

export async function assignSection(tx: Tx, who: SchoolActor, input: AssignRequestSection, now: Date) {
  const request = await loadRequest(tx, input.requestId, { forUpdate: true });
  assertDraft(request);
  const template = getRequestTemplate(request.templateVersion);
  findSectionOrRefuse(template, input.sectionId);
  const [teacher] = await tx
    .select({ id: userAccount.id, name: userAccount.displayName })
    .from(membership)
    .innerJoin(userAccount, eq(userAccount.id, membership.userId))
    .where(
      and(
        eq(membership.schoolUrn, who.schoolUrn),
        eq(membership.role, 'teacher'),
        isNull(membership.endedAt),
        eq(sql`lower(${userAccount.email})`, input.teacherEmail),
      ),
    );
  if (!teacher) {
    throw new ValidationFailed({
      field: 'teacherEmail',
      reason:
        'There is no teacher at your school with that email address. Check the address, or ask your school’s administrator to add the teacher.',
    });
  }
  await tx
    .insert(requestSectionAssignment)
    .values({
      requestId: request.id,
      sectionId: input.sectionId,
      schoolUrn: who.schoolUrn,
      assignedTo: teacher.id,
      assignedBy: who.actor.userId,
      assignedAt: now,
    })
    .onConflictDoUpdate({
      target: [requestSectionAssignment.requestId, requestSectionAssignment.sectionId],
      set: { assignedTo: teacher.id, assignedBy: who.actor.userId, assignedAt: now, completedAt: null },
    });
  return { assignedTo: teacher.id, name: teacher.name };
}

function findSectionOrRefuse(template: ReturnType<typeof getRequestTemplate>, sectionId: string) {
  try {
    return findSection(template, sectionId);
  } catch {
    throw new ValidationFailed({ field: 'sectionId', reason: 'Choose a section of the request' });
  }
}

export async function unassignSection(tx: Tx, requestId: string, sectionId: string) {
  const request = await loadRequest(tx, requestId, { forUpdate: true });
  assertDraft(request);
  const removed = await tx
    .delete(requestSectionAssignment)
    .where(
      and(
        eq(requestSectionAssignment.requestId, requestId),
        eq(requestSectionAssignment.sectionId, sectionId),
      ),
    )
    .returning({ sectionId: requestSectionAssignment.sectionId });
  if (removed.length === 0) throw new NotFound('assignment');
}

/** A teacher tells the SENCO their section is ready. */
export async function completeSection(
  tx: Tx,
  who: SchoolActor,
  requestId: string,
  sectionId: string,
  now: Date,
) {
  const request = await loadRequest(tx, requestId);
  assertDraft(request);
  const assignment = await assignmentFor(tx, requestId, sectionId);
  if (!assignment || assignment.assignedTo !== who.actor.userId) throw new NotFound('assignment');
  await tx
    .update(requestSectionAssignment)
    .set({ completedAt: now })
    .where(
      and(
        eq(requestSectionAssignment.requestId, requestId),
        eq(requestSectionAssignment.sectionId, sectionId),
      ),
    );
}
