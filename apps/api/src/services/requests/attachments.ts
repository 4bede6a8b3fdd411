import { createHash, randomUUID } from 'node:crypto';

import { requestAttachment, type Tx } from '@casework/db';
import {
  Conflict,
  MAX_ATTACHMENT_BYTES,
  MAX_REQUEST_ATTACHMENTS_BYTES,
  NotFound,
  ValidationFailed,
  acceptedEvidenceTypes,
  cleanFileName,
  evidenceEmpty,
  evidenceTooLarge,
  evidenceTotalTooLarge,
  evidenceTypeRefusal,
  isAcceptedEvidenceExtension,
  type PlainDate,
} from '@casework/domain';
import { fileTypeFromBuffer } from 'file-type';
import { and, eq, isNull, sum } from 'drizzle-orm';

import type { FileStorage } from '../file-storage';
import type { VirusScanner } from '../virus-scanner';
import type { SchoolActor } from './drafts';
import { loadRequest } from './load';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/** Checks the file itself before anything is stored: size, real type by content, viruses. */
export async function inspectEvidence(file: IncomingFile, scanner: VirusScanner) {
  if (file.bytes.byteLength === 0) throw new ValidationFailed({ field: 'file', reason: evidenceEmpty });
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES)
    throw new ValidationFailed({ field: 'file', reason: evidenceTooLarge });
  const detected = await fileTypeFromBuffer(file.bytes);
  const ext = detected?.ext;
  if (!isAcceptedEvidenceExtension(ext))
    throw new ValidationFailed({ field: 'file', reason: evidenceTypeRefusal });
  if ((await scanner.scan(file.bytes)) === 'infected') {
    throw new ValidationFailed({
      field: 'file',
      reason: 'The selected file contains a virus. Do not open it: tell your IT support',
    });
  }
  return {
    ext,
    contentType: acceptedEvidenceTypes[ext].mime,
    fileName: cleanFileName(file.name, ext),
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
  };
}

export async function addAttachment(
  tx: Tx,
  deps: { storage: FileStorage; scanner: VirusScanner },
  who: SchoolActor,
  input: {
    requestId: string;
    file: IncomingFile;
    attachmentType: string;
    documentDate?: PlainDate | undefined;
    description?: string | undefined;
  },
  now: Date,
) {
  const request = await loadRequest(tx, input.requestId, { forUpdate: true });
  // Files go with a draft, or answer the LA's request for more information.
  if (request.status !== 'draft' && request.status !== 'more_information_requested') {
    throw new Conflict('This request has been sent, so files can no longer be added to it');
  }
  const inspected = await inspectEvidence(input.file, deps.scanner);
  const [total] = await tx
    .select({ bytes: sum(requestAttachment.sizeBytes) })
    .from(requestAttachment)
    .where(and(eq(requestAttachment.requestId, request.id), isNull(requestAttachment.removedAt)));
  if (Number(total?.bytes ?? 0) + input.file.bytes.byteLength > MAX_REQUEST_ATTACHMENTS_BYTES) {
    throw new ValidationFailed({ field: 'file', reason: evidenceTotalTooLarge });
  }
  const storageKey = randomUUID();
  await deps.storage.put(storageKey, input.file.bytes);
  try {
    const [row] = await tx
      .insert(requestAttachment)
      .values({
        requestId: request.id,
        laId: request.laId,
        schoolUrn: who.schoolUrn,
        storageKey,
        fileName: inspected.fileName,
        contentType: inspected.contentType,
        sizeBytes: input.file.bytes.byteLength,
        sha256: inspected.sha256,
        attachmentType: input.attachmentType,
        documentDate: input.documentDate ?? null,
        description: input.description || null,
        scanStatus: 'clean',
        uploadedBy: who.actor.userId,
        uploadedAt: now,
      })
      .returning({ id: requestAttachment.id, fileName: requestAttachment.fileName });
    if (!row) throw new Error('insert returned nothing');
    return row;
  } catch (error) {
    await deps.storage.remove(storageKey);
    throw error;
  }
}

export async function removeAttachment(tx: Tx, requestId: string, attachmentId: string, now: Date) {
  const request = await loadRequest(tx, requestId, { forUpdate: true });
  if (request.status !== 'draft')
    throw new Conflict('This request has been sent, so its files can no longer be removed');
  const removed = await tx
    .update(requestAttachment)
    .set({ removedAt: now })
    .where(
      and(
        eq(requestAttachment.id, attachmentId),
        eq(requestAttachment.requestId, requestId),
        isNull(requestAttachment.removedAt),
      ),
    )
    .returning({ id: requestAttachment.id });
  if (removed.length === 0) throw new NotFound('file');
}

/** A file the caller may download: row-level security decides, exactly as for its request. */
export async function attachmentForDownload(tx: Tx, attachmentId: string) {
  const [row] = await tx
    .select()
    .from(requestAttachment)
    .where(and(eq(requestAttachment.id, attachmentId), isNull(requestAttachment.removedAt)));
  if (!row) throw new NotFound('file');
  if (row.scanStatus !== 'clean')
    throw new Conflict('This file is still being checked for viruses. Try again in a few minutes');
  return row;
}
