/**
 * Errors raised by domain rules. Each carries a stable `code` for programs and a `reason`
 * written for the person using the service (GOV.UK error-message style). The API maps
 * them to tRPC errors in one place (apps/api/src/trpc/errors.ts).
 */
export interface FieldError {
  /** The input path, e.g. `child.dateOfBirth` or `professionals.0.name`. */
  field: string;
  reason: string;
}

export abstract class DomainError extends Error {
  abstract readonly code:
    'VALIDATION_FAILED' | 'NOT_FOUND' | 'NOT_ALLOWED' | 'CONFLICT' | 'STATUTORY_RULE_BROKEN';
  constructor(readonly reason: string) {
    super(reason);
    this.name = new.target.name;
  }
}

export class ValidationFailed extends DomainError {
  readonly code = 'VALIDATION_FAILED' as const;
  readonly fieldErrors: FieldError[];
  constructor(fieldErrors: FieldError[] | FieldError) {
    const list = Array.isArray(fieldErrors) ? fieldErrors : [fieldErrors];
    super(list[0]?.reason ?? 'There is a problem with what was entered');
    this.fieldErrors = list;
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what = 'record') {
    super(`The ${what} could not be found`);
  }
}

export class NotAllowed extends DomainError {
  readonly code = 'NOT_ALLOWED' as const;
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT' as const;
}

export class StatutoryRuleBroken extends DomainError {
  readonly code = 'STATUTORY_RULE_BROKEN' as const;
  constructor(
    reason: string,
    readonly field?: string,
  ) {
    super(reason);
  }
}
