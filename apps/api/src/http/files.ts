import { withTenant } from '@casework/db';
import {
  DomainError,
  MAX_ATTACHMENT_BYTES,
  ValidationFailed,
  contentDispositionFor,
  evidenceDetails,
  evidenceTooLarge,
  listSchoolRequests as listSchoolRequestsInput,
  type FieldError,
} from '@casework/domain';
import { stringify } from 'csv-stringify/sync';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { RequestIdVariables } from 'hono/request-id';

import { recordAudit } from '../services/audit';
import {
  addCaseDocument,
  caseDocumentForDownload,
  uploadAdviceThroughLink,
} from '../services/casework/advice';
import { addAttachment, attachmentForDownload } from '../services/requests/attachments';
import type { SchoolActor } from '../services/requests/drafts';
import { listSchoolRequests } from '../services/requests/views';
import { tenantScopeOf } from '../services/scope';
import type { Actor, AppDeps } from '../services/types';
import { createRequestContext } from '../trpc/context';

type Env = { Variables: RequestIdVariables };

const statusOf: Record<DomainError['code'], 400 | 403 | 404 | 409> = {
  VALIDATION_FAILED: 400,
  STATUTORY_RULE_BROKEN: 400,
  NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * File routes sit beside tRPC because they carry bytes, not JSON. They use the same session,
 * the same tenant transaction and the same rules: a file is visible exactly where its request is.
 */
export function fileRoutes(deps: AppDeps) {
  const app = new Hono<Env>();

  /** Refused access is audited, as for tRPC procedures (security.md). */
  async function auditRefusal(c: Context<Env>, actor: Actor | null, status: number) {
    if (!actor || (status !== 403 && status !== 404)) return;
    await withTenant(deps.db, tenantScopeOf(actor), (tx) =>
      recordAudit(
        tx,
        { requestId: c.get('requestId'), ...tenantScopeOf(actor) },
        {
          action: 'access.refused',
          detail: { path: c.req.routePath, status },
        },
      ),
    );
    deps.logger.warn(
      { requestId: c.get('requestId'), path: c.req.routePath, status, userId: actor.userId },
      'access refused',
    );
  }

  async function refuse(c: Context<Env>, actor: Actor | null, status: 403 | 404, message: string) {
    await auditRefusal(c, actor, status);
    return c.json({ error: message }, status);
  }

  async function errorResponse(c: Context<Env>, error: unknown, actor: Actor | null = null) {
    if (error instanceof DomainError) {
      const fieldErrors: FieldError[] = error instanceof ValidationFailed ? error.fieldErrors : [];
      const status = statusOf[error.code];
      await auditRefusal(c, actor, status);
      return c.json({ error: error.reason, fieldErrors }, status);
    }
    throw error;
  }

  async function sendFile(
    c: Context<Env>,
    row: { storageKey: string; contentType: string; fileName: string },
  ) {
    const bytes = await deps.storage.get(row.storageKey);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': row.contentType,
      'Content-Disposition': contentDispositionFor(row.fileName),
      'Content-Length': String(bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  }

  async function actorOf(c: Context<Env>): Promise<Actor | null> {
    const headers = new Headers();
    const ctx = await createRequestContext(deps, c, headers);
    headers.forEach((value, key) => c.header(key, value, { append: true }));
    return ctx.actor;
  }

  function asSchool(actor: Actor, roles: readonly string[]): SchoolActor | null {
    const active = actor.active;
    if (active?.organisationKind !== 'school' || !active.schoolUrn || !roles.includes(active.role))
      return null;
    return { actor, schoolUrn: active.schoolUrn, role: active.role as SchoolActor['role'] };
  }

  const uploadLimit = bodyLimit({
    maxSize: MAX_ATTACHMENT_BYTES + 64 * 1024,
    onError: (c) =>
      c.json({ error: evidenceTooLarge, fieldErrors: [{ field: 'file', reason: evidenceTooLarge }] }, 413),
  });

  async function fileFrom(c: Context<Env>) {
    const form = await c.req.parseBody();
    const file = form.file;
    // A named but empty file gets its own message from the evidence checks.
    if (!(file instanceof File) || (file.size === 0 && !file.name)) {
      throw new ValidationFailed({ field: 'file', reason: 'Select a file' });
    }
    return { form, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
  }

  app.post('/requests/:requestId/attachments', uploadLimit, async (c) => {
    const actor = await actorOf(c);
    if (!actor) return c.json({ error: 'Sign in to continue' }, 401);
    const school = asSchool(actor, ['senco']);
    if (!school) return refuse(c, actor, 403, 'You do not have permission to do this');
    try {
      const { form, file } = await fileFrom(c);
      const details = evidenceDetails(deps.now()).safeParse({
        attachmentType: form.attachmentType,
        documentDate: typeof form.documentDate === 'string' ? form.documentDate : undefined,
        description: typeof form.description === 'string' ? form.description : undefined,
      });
      if (!details.success) {
        throw new ValidationFailed(
          details.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message })),
        );
      }
      const requestId = c.req.param('requestId');
      const row = await withTenant(deps.db, tenantScopeOf(actor), async (tx) => {
        const added = await addAttachment(tx, deps, school, { requestId, file, ...details.data }, deps.now());
        await recordAudit(
          tx,
          { requestId: c.get('requestId'), ...tenantScopeOf(actor) },
          {
            action: 'request.attach',
            recordType: 'assessment_request',
            recordId: requestId,
            detail: { attachmentId: added.id },
          },
        );
        return added;
      });
      return c.json(row, 201);
    } catch (error) {
      return errorResponse(c, error, actor);
    }
  });

  app.get('/attachments/:attachmentId', async (c) => {
    const actor = await actorOf(c);
    if (!actor) return c.json({ error: 'Sign in to continue' }, 401);
    try {
      const attachmentId = c.req.param('attachmentId');
      if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) return refuse(c, actor, 404, 'The file could not be found');
      const row = await withTenant(deps.db, tenantScopeOf(actor), async (tx) => {
        const found = await attachmentForDownload(tx, attachmentId);
        await recordAudit(
          tx,
          { requestId: c.get('requestId'), ...tenantScopeOf(actor) },
          {
            action: 'attachment.download',
            recordType: 'assessment_request',
            recordId: found.requestId,
            detail: { attachmentId },
          },
        );
        return found;
      });
      return sendFile(c, row);
    } catch (error) {
      return errorResponse(c, error, actor);
    }
  });

  /** LA staff add a document to a case: advice that arrived by post or email, a letter, anything else. */
  app.post('/cases/:requestId/documents', uploadLimit, async (c) => {
    const actor = await actorOf(c);
    if (!actor) return c.json({ error: 'Sign in to continue' }, 401);
    const active = actor.active;
    if (active?.organisationKind !== 'la' || !['caseworker', 'team_manager'].includes(active.role)) {
      return refuse(c, actor, 403, 'You do not have permission to do this');
    }
    try {
      const { form, file } = await fileFrom(c);
      const kind =
        typeof form.kind === 'string' && ['advice', 'correspondence', 'request', 'other'].includes(form.kind)
          ? form.kind
          : null;
      if (!kind)
        throw new ValidationFailed({ field: 'kind', reason: 'Select what kind of document this is' });
      const adviceRequestId =
        typeof form.adviceRequestId === 'string' && form.adviceRequestId ? form.adviceRequestId : undefined;
      if (adviceRequestId && !/^[0-9a-f-]{36}$/i.test(adviceRequestId)) {
        throw new ValidationFailed({ field: 'adviceRequestId', reason: 'Choose an advice request' });
      }
      const requestId = c.req.param('requestId');
      const doc = await withTenant(deps.db, tenantScopeOf(actor), async (tx) => {
        const { doc } = await addCaseDocument(
          tx,
          deps,
          { requestId, adviceRequestId, kind, file, uploadedBy: actor.userId, via: 'staff' },
          deps.now(),
        );
        await recordAudit(
          tx,
          { requestId: c.get('requestId'), ...tenantScopeOf(actor) },
          {
            action: 'case.add_document',
            recordType: 'assessment_request',
            recordId: requestId,
            detail: { documentId: doc.id },
          },
        );
        return doc;
      });
      return c.json(doc, 201);
    } catch (error) {
      return errorResponse(c, error, actor);
    }
  });

  app.get('/case-documents/:documentId', async (c) => {
    const actor = await actorOf(c);
    if (!actor) return c.json({ error: 'Sign in to continue' }, 401);
    try {
      const documentId = c.req.param('documentId');
      if (!/^[0-9a-f-]{36}$/i.test(documentId)) return refuse(c, actor, 404, 'The file could not be found');
      const row = await withTenant(deps.db, tenantScopeOf(actor), async (tx) => {
        const found = await caseDocumentForDownload(tx, documentId);
        await recordAudit(
          tx,
          { requestId: c.get('requestId'), ...tenantScopeOf(actor) },
          {
            action: 'case_document.download',
            recordType: 'assessment_request',
            recordId: found.requestId,
            detail: { documentId },
          },
        );
        return found;
      });
      return sendFile(c, row);
    } catch (error) {
      return errorResponse(c, error, actor);
    }
  });

  /** An adviser without an account uploads their advice through the single-use link. */
  app.post('/advice/:token', uploadLimit, async (c) => {
    try {
      const token = c.req.param('token');
      if (!/^[a-z2-7]{32}$/.test(token))
        return c.json({ error: 'This link is not complete. Copy the whole link from the email.' }, 404);
      const { file } = await fileFrom(c);
      const result = await uploadAdviceThroughLink(
        deps.db,
        deps,
        token,
        file,
        deps.now(),
        c.get('requestId'),
      );
      return c.json({ fileName: result.fileName }, 201);
    } catch (error) {
      return errorResponse(c, error);
    }
  });

  /** The school's tracking list as CSV, with the same filters as the page. */
  app.get('/requests.csv', async (c) => {
    const actor = await actorOf(c);
    if (!actor) return c.json({ error: 'Sign in to continue' }, 401);
    const school = asSchool(actor, ['senco', 'headteacher']);
    if (!school) return refuse(c, actor, 403, 'You do not have permission to do this');
    const q = c.req.query();
    const filters = listSchoolRequestsInput.safeParse({
      laCode: q.laCode || undefined,
      status: q.status || undefined,
      search: q.search || undefined,
      sort: q.sort || undefined,
      direction: q.direction || undefined,
    });
    if (!filters.success) {
      return c.json(
        {
          error: 'Check the filters',
          fieldErrors: filters.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message })),
        },
        400,
      );
    }
    const rows = await withTenant(deps.db, tenantScopeOf(actor), async (tx) => {
      const list = await listSchoolRequests(tx, school.schoolUrn, filters.data, deps.now());
      await recordAudit(
        tx,
        { requestId: c.get('requestId'), ...tenantScopeOf(actor) },
        { action: 'requests.export', detail: { rows: list.length } },
      );
      return list;
    });
    const csv = stringify(
      rows
        .map((r) => [
          r.childName ?? '',
          r.laName,
          r.reference ?? '',
          r.statusLabel,
          r.receivedOn ?? '',
          r.weeksElapsed ?? '',
          r.nextDate?.label ?? '',
          r.nextDate?.dueOn ?? '',
          r.handledBy ?? '',
        ])
        .map((cells) => cells.map(neutraliseFormula)),
      {
        header: true,
        columns: [
          'Child',
          'Local authority',
          'Reference',
          'Status',
          'Received',
          'Weeks of 20',
          'Next statutory step',
          'Next statutory date',
          'Handled by',
        ],
      },
    );
    return c.body(`\ufeff${csv}`, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDispositionFor('requests.csv'),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  return app;
}

/** Spreadsheet programs run cells starting with = + - @ as formulas (CSV injection, OWASP). */
function neutraliseFormula(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
