import { assessmentRequest, localAuthority, type Tx } from '@casework/db';
import { NotFound } from '@casework/domain';
import { eq } from 'drizzle-orm';

export type AssessmentRequestRow = typeof assessmentRequest.$inferSelect;

/**
 * A request the caller may see, locked for update when `forUpdate`. Row-level security decides
 * visibility, so another school's or another LA's request is "not found", never "forbidden".
 */
export async function loadRequest(tx: Tx, requestId: string, options: { forUpdate?: boolean } = {}) {
  const query = tx.select().from(assessmentRequest).where(eq(assessmentRequest.id, requestId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound('request');
  return row;
}

export async function loadLaByCode(tx: Tx, laCode: string) {
  const [la] = await tx.select().from(localAuthority).where(eq(localAuthority.dfeCode, laCode));
  return la ?? null;
}

export async function loadLaById(tx: Tx, laId: string) {
  const [la] = await tx.select().from(localAuthority).where(eq(localAuthority.id, laId));
  if (!la) throw new NotFound('local authority');
  return la;
}
