import { DomainError, StatutoryRuleBroken, ValidationFailed, type FieldError } from '@casework/domain';
import { TRPCError } from '@trpc/server';
import type { ZodError } from 'zod';

/** The one mapping from domain errors to tRPC errors (style.md, "Errors"). */
export function domainErrorToTrpc(error: DomainError): TRPCError {
  const code = (
    {
      VALIDATION_FAILED: 'BAD_REQUEST',
      STATUTORY_RULE_BROKEN: 'BAD_REQUEST',
      NOT_FOUND: 'NOT_FOUND',
      NOT_ALLOWED: 'FORBIDDEN',
      CONFLICT: 'CONFLICT',
    } as const
  )[error.code];
  return new TRPCError({ code, message: error.reason, cause: error });
}

export function zodFieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    reason: issue.message,
  }));
}

export function domainFieldErrors(cause: unknown): FieldError[] {
  if (cause instanceof ValidationFailed) return cause.fieldErrors;
  if (cause instanceof StatutoryRuleBroken && cause.field)
    return [{ field: cause.field, reason: cause.reason }];
  if (cause instanceof DomainError) return [];
  return [];
}
