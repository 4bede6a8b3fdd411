import { randomUUID } from 'node:crypto';

import { generateSessionToken, sessionIdFromToken } from '@casework/auth';
import {
  adviceRequest,
  adviceUploadLink,
  caseDocument,
  rowsOf,
  withTenant,
  type Database,
  type Tx,
} from '@casework/db';
import {
  Conflict,
  NotFound,
  ValidationFailed,
  adviceDueOn,
  adviserKinds,
  assertAdviceDates,
  assertAdviceReceivedDate,
  formatLongDate,
  londonDateOf,
  type PlainDate,
} from '@casework/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

import { EMAIL_JOB } from '../../jobs/handlers';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit';
import type { FileStorage } from '../file-storage';
import { inspectEvidence, type IncomingFile } from '../requests/attachments';
import { loadLaById } from '../requests/load';
import type { VirusScanner } from '../virus-scanner';
import { loadCase, recordCaseEvent, refreshNextDue, type LaActor } from './facts';

export async function requestAdvice(
  tx: Tx,
  who: LaActor,
  input: {
    requestId: string;
    adviserKind: string;
    adviserName: string;
    adviserOrganisation?: string | undefined;
    adviserEmail?: string | undefined;
    requestedOn: PlainDate;
  },
  today: PlainDate,
  now: Date,
) {
  const { row, facts } = await loadCase(tx, input.requestId, { forUpdate: true });
  if (
    row.status !== 'assessing' &&
    row.status !== 'submitted' &&
    row.status !== 'more_information_requested'
  ) {
    throw new Conflict('Advice can only be asked for while the request or assessment is open');
  }
  assertAdviceDates(facts, input.requestedOn, today);
  const [advice] = await tx
    .insert(adviceRequest)
    .values({
      requestId: row.id,
      laId: row.laId,
      adviserKind: input.adviserKind,
      adviserName: input.adviserName,
      adviserOrganisation: input.adviserOrganisation ?? null,
      adviserEmail: input.adviserEmail ?? null,
      requestedOn: input.requestedOn,
      // reg 8(1): 6 weeks from the request for advice.
      dueOn: adviceDueOn(input.requestedOn),
      createdBy: who.actor.userId,
      createdAt: now,
    })
    .returning();
  if (!advice) throw new Error('insert returned nothing');
  const kind = adviserKinds.find((k) => k.value === input.adviserKind)?.label ?? input.adviserKind;
  await recordCaseEvent(
    tx,
    row,
    who,
    'advice_requested',
    { adviceRequestId: advice.id, adviserKind: kind, requestedOn: input.requestedOn, dueOn: advice.dueOn },
    now,
  );
  await refreshNextDue(tx, row.id, today);
  return advice;
}

async function loadAdvice(tx: Tx, adviceRequestId: string) {
  const [advice] = await tx.select().from(adviceRequest).where(eq(adviceRequest.id, adviceRequestId));
  if (!advice) throw new NotFound('advice request');
  return advice;
}

export async function recordAdviceReceived(
  tx: Tx,
  who: LaActor | null,
  adviceRequestId: string,
  receivedOn: PlainDate,
  today: PlainDate,
  now: Date,
) {
  const advice = await loadAdvice(tx, adviceRequestId);
  if (advice.receivedOn) throw new Conflict('This advice has already been recorded as received');
  assertAdviceReceivedDate(advice.requestedOn as PlainDate, receivedOn, today);
  const { row } = await loadCase(tx, advice.requestId, { forUpdate: true });
  await tx.update(adviceRequest).set({ receivedOn }).where(eq(adviceRequest.id, advice.id));
  await recordCaseEvent(
    tx,
    row,
    who,
    'advice_received',
    { adviceRequestId: advice.id, receivedOn, onTime: receivedOn <= advice.dueOn },
    now,
  );
  await refreshNextDue(tx, row.id, today);
}

/** Records a reminder sent to an adviser whose advice is late or nearly due. */
export async function chaseAdvice(
  tx: Tx,
  who: LaActor,
  adviceRequestId: string,
  today: PlainDate,
  now: Date,
) {
  const advice = await loadAdvice(tx, adviceRequestId);
  if (advice.receivedOn) throw new Conflict('This advice has already been received');
  await tx
    .update(adviceRequest)
    .set({ lastChasedOn: today, chaseCount: advice.chaseCount + 1 })
    .where(eq(adviceRequest.id, advice.id));
  const { row } = await loadCase(tx, advice.requestId);
  const la = await loadLaById(tx, row.laId);
  // The reminder goes by email when the LA has the adviser's address: no child's details in it.
  const emailed = !!advice.adviserEmail;
  if (advice.adviserEmail) {
    await enqueueJob(tx, {
      kind: EMAIL_JOB,
      payload: {
        to: advice.adviserEmail,
        subject: `Reminder: advice for EHC needs assessment ${row.reference ?? ''} is due on ${formatLongDate(advice.dueOn as PlainDate)}`,
        text: [
          `Dear ${advice.adviserName},`,
          '',
          `${la.name} asked you on ${formatLongDate(advice.requestedOn as PlainDate)} for advice for an EHC needs assessment, reference ${row.reference ?? ''}.`,
          `The law gives 6 weeks for advice (SEND Regulations 2014, reg 8), so it is due on ${formatLongDate(advice.dueOn as PlainDate)}.`,
          '',
          'If you have already sent it, thank you, and please ignore this reminder. Otherwise, please send it as soon as you can, using the upload link we sent you or by replying to the caseworker.',
          '',
          la.name,
        ].join('\n'),
      },
      dedupeKey: `advice_chase:${advice.id}:${advice.chaseCount + 1}`,
    });
  }
  await recordCaseEvent(
    tx,
    row,
    who,
    'advice_chased',
    { adviceRequestId: advice.id, dueOn: advice.dueOn, emailed },
    now,
  );
  return { emailed };
}

/**
 * A single-use link for an adviser to upload their advice without an account. The token is
 * shown once; only its hash is stored.
 */
export async function createAdviceLink(
  tx: Tx,
  who: LaActor,
  adviceRequestId: string,
  validForDays: number,
  now: Date,
  appOrigin: string,
) {
  const advice = await loadAdvice(tx, adviceRequestId);
  if (advice.receivedOn) throw new Conflict('This advice has already been received');
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + validForDays * 86_400_000);
  await tx.insert(adviceUploadLink).values({
    adviceRequestId: advice.id,
    laId: advice.laId,
    tokenHash: sessionIdFromToken(token),
    expiresAt,
    createdBy: who.actor.userId,
    createdAt: now,
  });
  const { row } = await loadCase(tx, advice.requestId);
  const url = `${appOrigin}/advice/${token}`;
  // With the adviser's address on file the link goes to them by email; either way the caseworker
  // sees it once, to send another way. The email names the case by reference only.
  const emailed = !!advice.adviserEmail;
  if (advice.adviserEmail) {
    const la = await loadLaById(tx, row.laId);
    await enqueueJob(tx, {
      kind: EMAIL_JOB,
      payload: {
        to: advice.adviserEmail,
        subject: `Please send your advice for EHC needs assessment ${row.reference ?? ''}`,
        text: [
          `Dear ${advice.adviserName},`,
          '',
          `${la.name} has asked you for advice and information for an EHC needs assessment, reference ${row.reference ?? ''}.`,
          `It is due by ${formatLongDate(advice.dueOn as PlainDate)} (SEND Regulations 2014, reg 8).`,
          '',
          'You can upload it here, once, without an account:',
          url,
          '',
          `The link works until ${formatLongDate(londonDateOf(expiresAt))}. Accepted: PDF, Word (DOCX), JPEG or PNG, up to 20MB.`,
          '',
          la.name,
        ].join('\n'),
      },
      dedupeKey: `advice_link:${sessionIdFromToken(token)}`,
    });
  }
  await recordCaseEvent(
    tx,
    row,
    who,
    'advice_link_created',
    { adviceRequestId: advice.id, expiresAt: expiresAt.toISOString(), emailed },
    now,
  );
  return { url, expiresAt: expiresAt.toISOString(), emailed };
}

interface LinkScope {
  linkId: string;
  laId: string;
  adviceRequestId: string;
}

/** Why a link no longer works, in words for the adviser. */
export class AdviceLinkUnusable extends Conflict {}

/** Turns a link token into the one advice request it reaches, if it is unused and unexpired. */
export async function resolveAdviceLink(db: Database, token: string, now: Date): Promise<LinkScope> {
  const scope = await withTenant(db, {}, async (tx) =>
    rowsOf<{
      link_id: string;
      la_id: string;
      advice_request_id: string;
      expires_at: Date | string;
      used_at: Date | string | null;
    }>(await tx.execute(sql`select * from advice_link_scope(${sessionIdFromToken(token)})`)),
  );
  const link = scope[0];
  if (!link) throw new NotFound('link');
  if (link.used_at)
    throw new AdviceLinkUnusable(
      'This link has already been used. Ask the local authority for a new one if you need to send more.',
    );
  if (new Date(link.expires_at) <= now)
    throw new AdviceLinkUnusable('This link has expired. Ask the local authority for a new one.');
  return { linkId: link.link_id, laId: link.la_id, adviceRequestId: link.advice_request_id };
}

/** What an adviser may see about their request: no child's details beyond what they need to match it. */
export async function describeAdviceLink(db: Database, token: string, now: Date) {
  const scope = await resolveAdviceLink(db, token, now);
  return withTenant(db, { laId: scope.laId, role: 'adviser_link' }, async (tx) => {
    const advice = await loadAdvice(tx, scope.adviceRequestId);
    const { row } = await loadCase(tx, advice.requestId);
    const la = await tx.execute(sql`select name from local_authority where id = ${scope.laId}`);
    return {
      laName: rowsOf<{ name: string }>(la)[0]?.name ?? '',
      reference: row.reference,
      adviserName: advice.adviserName,
      dueOn: advice.dueOn,
      // Initials only: the adviser already knows the child from the LA's letter.
      childInitials: (row.childName ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((p) => `${p[0]?.toUpperCase() ?? ''}.`)
        .join(' '),
    };
  });
}

/**
 * Stores a document against a case: staff upload it, or an adviser through their link (which is
 * then used up and the advice marked received today).
 */
export async function addCaseDocument(
  tx: Tx,
  deps: { storage: FileStorage; scanner: VirusScanner },
  input: {
    requestId: string;
    adviceRequestId?: string | undefined;
    kind: string;
    file: IncomingFile;
    uploadedBy: string | null;
    via: 'staff' | 'adviser_link';
  },
  now: Date,
) {
  const { row, advice } = await loadCase(tx, input.requestId);
  if (input.adviceRequestId && !advice.some((a) => a.id === input.adviceRequestId)) {
    throw new ValidationFailed({
      field: 'adviceRequestId',
      reason: 'Choose advice that was asked for in this case',
    });
  }
  const inspected = await inspectEvidence(input.file, deps.scanner);
  const storageKey = randomUUID();
  await deps.storage.put(storageKey, input.file.bytes);
  try {
    const [doc] = await tx
      .insert(caseDocument)
      .values({
        requestId: row.id,
        laId: row.laId,
        adviceRequestId: input.adviceRequestId ?? null,
        kind: input.kind,
        storageKey,
        fileName: inspected.fileName,
        contentType: inspected.contentType,
        sizeBytes: input.file.bytes.byteLength,
        sha256: inspected.sha256,
        scanStatus: 'clean',
        uploadedBy: input.uploadedBy,
        uploadedVia: input.via,
        uploadedAt: now,
      })
      .returning({ id: caseDocument.id, fileName: caseDocument.fileName });
    if (!doc) throw new Error('insert returned nothing');
    return { doc, request: row };
  } catch (error) {
    await deps.storage.remove(storageKey);
    throw error;
  }
}

export async function uploadAdviceThroughLink(
  db: Database,
  deps: { storage: FileStorage; scanner: VirusScanner },
  token: string,
  file: IncomingFile,
  now: Date,
  httpRequestId: string,
) {
  const scope = await resolveAdviceLink(db, token, now);
  return withTenant(db, { laId: scope.laId, role: 'adviser_link' }, async (tx) => {
    // Use the link up first, inside the transaction: two uploads racing on one link cannot both win.
    const used = await tx
      .update(adviceUploadLink)
      .set({ usedAt: now })
      .where(and(eq(adviceUploadLink.id, scope.linkId), isNull(adviceUploadLink.usedAt)))
      .returning({ id: adviceUploadLink.id });
    if (used.length === 0)
      throw new AdviceLinkUnusable(
        'This link has already been used. Ask the local authority for a new one if you need to send more.',
      );
    const advice = await loadAdvice(tx, scope.adviceRequestId);
    const { doc, request } = await addCaseDocument(
      tx,
      deps,
      {
        requestId: advice.requestId,
        adviceRequestId: advice.id,
        kind: 'advice',
        file,
        uploadedBy: null,
        via: 'adviser_link',
      },
      now,
    );
    const today = londonDateOf(now);
    if (!advice.receivedOn) await recordAdviceReceived(tx, null, advice.id, today, today, now);
    await recordCaseEvent(
      tx,
      request,
      null,
      'advice_uploaded_by_adviser',
      { adviceRequestId: advice.id, documentId: doc.id },
      now,
    );
    await recordAudit(
      tx,
      { requestId: httpRequestId, userId: null, laId: scope.laId, schoolUrn: null, role: 'adviser_link' },
      {
        action: 'advice.upload_through_link',
        recordType: 'advice_request',
        recordId: advice.id,
      },
    );
    return { fileName: doc.fileName, requestId: request.id, laId: scope.laId, adviceRequestId: advice.id };
  });
}

/** A case document the caller may download: row-level security decides, as for its case. */
export async function caseDocumentForDownload(tx: Tx, documentId: string) {
  const [row] = await tx.select().from(caseDocument).where(eq(caseDocument.id, documentId));
  if (!row) throw new NotFound('file');
  if (row.scanStatus !== 'clean')
    throw new Conflict('This file is still being checked for viruses. Try again in a few minutes');
  return row;
}
