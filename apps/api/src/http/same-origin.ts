import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests from any other origin (ASVS V3.5). The Origin header is sent by
 * every current browser on such requests; when it is missing we fall back to Sec-Fetch-Site, and
 * refuse when neither shows the request came from our own pages.
 */
export function requireSameOrigin(appOrigin: string): MiddlewareHandler {
  const allowed = new URL(appOrigin).origin;
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const sameOrigin = origin ? origin === allowed : fetchSite === 'same-origin';
    if (!sameOrigin) {
      return c.json({ error: 'This request must come from the Casework service itself' }, 403);
    }
    return next();
  };
}
