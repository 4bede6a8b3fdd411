import { serialize } from 'hono/utils/cookie';

export const SESSION_COOKIE = 'casework_session';

/**
 * HttpOnly so scripts cannot read it, SameSite=Lax so other sites cannot send it with a
 * state-changing request, Secure whenever the service is served over HTTPS.
 */
export function setSessionCookie(token: string | null, expiresAt: Date | undefined, secure: boolean): string {
  return serialize(SESSION_COOKIE, token ?? '', {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    ...(token && expiresAt ? { expires: expiresAt } : { maxAge: 0 }),
  });
}
