import type { Context as HonoContext } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import { getCookie } from 'hono/cookie';

import { validateSessionToken } from '../services/sessions';
import type { Actor, AppDeps } from '../services/types';
import { clientIp } from '../http/client-ip';
import { SESSION_COOKIE, setSessionCookie } from '../http/session-cookie';

export interface RequestContext {
  deps: AppDeps;
  requestId: string;
  ipAddress: string | null;
  userAgent: string | null;
  /** The signed-in user, or null. */
  actor: Actor | null;
  /** Sets or clears the session cookie on the response. */
  setSessionCookie: (token: string | null, expiresAt?: Date) => void;
}

export async function createRequestContext(
  deps: AppDeps,
  c: HonoContext<{ Variables: RequestIdVariables }>,
  resHeaders: Headers,
): Promise<RequestContext> {
  const requestId = c.get('requestId');
  const token = getCookie(c, SESSION_COOKIE);
  const secure = deps.config.appOrigin.startsWith('https:');
  const set = (value: string | null, expiresAt?: Date) =>
    resHeaders.append('Set-Cookie', setSessionCookie(value, expiresAt, secure));
  let actor: Actor | null = null;
  if (token) {
    const validated = await validateSessionToken(deps.db, token, deps.now(), deps.config.sessionLifetime);
    if (validated) {
      actor = validated.actor;
      if (validated.refreshedExpiresAt) set(token, validated.refreshedExpiresAt);
    } else {
      set(null);
    }
  }
  return {
    deps,
    requestId,
    ipAddress: clientIp(c, deps.config.trustProxy),
    userAgent: c.req.header('user-agent') ?? null,
    actor,
    setSessionCookie: set,
  };
}
