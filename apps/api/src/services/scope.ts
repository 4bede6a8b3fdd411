import type { TenantScope } from '@casework/db';

import type { Actor } from './types';

/** The row-level security settings for the actor's active organisation. */
export function tenantScopeOf(
  actor: Actor,
): Required<{ [K in keyof TenantScope]: string | null }> & { userId: string } {
  const active = actor.active;
  return {
    userId: actor.userId,
    laId: active?.organisationKind === 'la' ? active.laId : null,
    schoolUrn: active?.organisationKind === 'school' ? active.schoolUrn : null,
    role: active?.role ?? null,
  };
}
