import { auditEvent, type Tx } from '@casework/db';

export interface AuditEntry {
  action: string;
  recordType?: string;
  recordId?: string;
  /** Ids and codes only: never names, dates of birth or free text. */
  detail?: Record<string, unknown>;
}

export interface AuditContext {
  requestId: string;
  userId: string | null;
  laId: string | null;
  schoolUrn: string | null;
  role: string | null;
}

/** Writes one audit row in the caller's transaction, so a failed audit rolls the change back. */
export async function recordAudit(tx: Tx, who: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvent).values({
    userId: who.userId,
    laId: who.laId,
    schoolUrn: who.schoolUrn,
    role: who.role,
    requestId: who.requestId,
    action: entry.action,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    detail: entry.detail ?? null,
  });
}
