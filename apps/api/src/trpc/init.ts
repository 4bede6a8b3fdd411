import {
  DomainError,
  isLaRole,
  isSchoolRole,
  type LaRole,
  type Role,
  type SchoolRole,
} from '@casework/domain';
import { withTenant, type Tx } from '@casework/db';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

import { recordAudit, type AuditEntry } from '../services/audit';
import { tenantScopeOf } from '../services/scope';
import type { Actor, ActiveMembership } from '../services/types';
import type { RequestContext } from './context';
import { domainErrorToTrpc, domainFieldErrors, zodFieldErrors } from './errors';

/** Who may call a procedure. Every procedure declares one; a test walks the router to prove it. */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'school'; roles: readonly SchoolRole[] }
  | { kind: 'la'; roles: readonly LaRole[] }
  | { kind: 'platform' };

export interface Meta {
  access?: Access;
}

const t = initTRPC
  .context<RequestContext>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const fieldErrors =
        error.cause instanceof ZodError ? zodFieldErrors(error.cause) : domainFieldErrors(error.cause);
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        message: internal ? 'Sorry, there is a problem with the service' : shape.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          requestId: ctx?.requestId,
          fieldErrors,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors become the tRPC error their meaning calls for; anything else is logged. */
const base = t.procedure.use(async ({ ctx, next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const error = cause instanceof DomainError ? domainErrorToTrpc(cause) : result.error;
  if (ctx.actor && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) {
    // Refused access is audited (security.md), in its own transaction: the refused one rolled back.
    const actor = ctx.actor;
    await withTenant(ctx.deps.db, tenantScopeOf(actor), (tx) =>
      recordAudit(
        tx,
        { requestId: ctx.requestId, ...tenantScopeOf(actor) },
        { action: 'access.refused', detail: { path, code: error.code } },
      ),
    );
    ctx.deps.logger.warn(
      { requestId: ctx.requestId, path, code: error.code, userId: actor.userId },
      'access refused',
    );
  }
  if (cause instanceof DomainError) throw error;
  if (result.error.code === 'INTERNAL_SERVER_ERROR') {
    ctx.deps.logger.error({ requestId: ctx.requestId, path, err: cause ?? result.error }, 'procedure failed');
  }
  return result;
});

export const publicProcedure = base.meta({ access: { kind: 'public' } });

export interface ScopedContext {
  actor: Actor;
  tx: Tx;
  /** Writes an audit row in this transaction as the current user and organisation. */
  audit: (entry: AuditEntry) => Promise<void>;
  /** The usual audit row: an action on one assessment request (ids and codes only in `detail`). */
  auditRequest: (action: string, requestId: string, detail?: Record<string, unknown>) => Promise<void>;
}

/**
 * Runs the procedure in one transaction, as the app role, with the active organisation set for
 * row-level security. A failed procedure rolls everything back, audit rows included.
 */
function inTenantTransaction(requireActive: (actor: Actor) => ActiveMembership | null) {
  return base.use(async ({ ctx, next }) => {
    const actor = ctx.actor;
    if (!actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
    requireActive(actor);
    const scope = tenantScopeOf(actor);
    return withTenant(ctx.deps.db, scope, async (tx) => {
      const audit = (entry: AuditEntry) => recordAudit(tx, { requestId: ctx.requestId, ...scope }, entry);
      const auditRequest = (action: string, requestId: string, detail?: Record<string, unknown>) =>
        audit({
          action,
          recordType: 'assessment_request',
          recordId: requestId,
          ...(detail ? { detail } : {}),
        });
      const result = await next({ ctx: { actor, tx, audit, auditRequest } satisfies ScopedContext });
      // Throwing makes the transaction roll back; the error still reaches the caller.
      if (!result.ok) throw result.error;
      return result;
    });
  });
}

export const signedInProcedure = inTenantTransaction((actor) => actor.active).meta({
  access: { kind: 'signedIn' },
});

function forbidden(): never {
  throw new TRPCError({ code: 'FORBIDDEN', message: 'You do not have permission to do this' });
}

export function schoolProcedure(roles: readonly SchoolRole[]) {
  return inTenantTransaction((actor) => {
    const active = actor.active;
    if (
      !active ||
      active.organisationKind !== 'school' ||
      !isSchoolRole(active.role) ||
      !roles.includes(active.role)
    ) {
      forbidden();
    }
    return active;
  }).meta({ access: { kind: 'school', roles } });
}

export function laProcedure(roles: readonly LaRole[]) {
  return inTenantTransaction((actor) => {
    const active = actor.active;
    if (
      !active ||
      active.organisationKind !== 'la' ||
      !isLaRole(active.role) ||
      !roles.includes(active.role)
    ) {
      forbidden();
    }
    return active;
  }).meta({ access: { kind: 'la', roles } });
}

export const platformProcedure = inTenantTransaction((actor) => {
  const active = actor.active;
  if (!active || active.role !== ('platform_admin' satisfies Role)) forbidden();
  return active;
}).meta({ access: { kind: 'platform' } });
