import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The client's IP address, for sign-in throttling and the sessions list. */
export function clientIp(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // Requests made in-process (tests through app.request) have no socket.
    return null;
  }
}
