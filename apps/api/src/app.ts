import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { serveStatic } from '@hono/node-server/serve-static';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';

import { fileRoutes } from './http/files';
import { requireSameOrigin } from './http/same-origin';
import { appRouter } from './routers';
import type { AppDeps } from './services/types';
import { createRequestContext } from './trpc/context';

type AppEnv = { Variables: { requestId: string } };

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const isHttps = deps.config.appOrigin.startsWith('https:');

  app.use(requestId({ limitLength: 64 }));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Paths carry procedure names and ids only; no query strings, bodies or cookies are logged.
    deps.logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'same-origin',
      strictTransportSecurity: isHttps ? 'max-age=31536000; includeSubDomains' : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(requireSameOrigin(deps.config.appOrigin));

  app.get('/health', async (c) => {
    try {
      const migrations = deps.migrationState ? await deps.migrationState() : null;
      const upToDate = !migrations || migrations.applied >= migrations.total;
      return c.json(
        { status: upToDate ? 'ok' : 'degraded', database: 'ok', migrations },
        upToDate ? 200 : 503,
      );
    } catch (error) {
      deps.logger.error({ requestId: c.get('requestId'), err: error }, 'health check failed');
      return c.json({ status: 'down', database: 'unreachable' }, 503);
    }
  });

  app.all('/trpc/*', (c) =>
    fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router: appRouter,
      createContext: ({ resHeaders }) => createRequestContext(deps, c, resHeaders),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          deps.logger.error(
            { requestId: c.get('requestId'), path, err: error.cause ?? error },
            'unhandled error',
          );
        }
      },
    }),
  );

  app.route('/files', fileRoutes(deps));

  const dist = deps.config.webDistDir;
  if (dist && existsSync(join(dist, 'index.html'))) {
    const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
    app.use(
      '/assets/*',
      serveStatic({
        root: dist,
        onFound: (path, c) => {
          // Vite names built files by content hash, so they never change.
          if (/-[\w-]{8,}\.(js|css)$/.test(path))
            c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    app.use('/favicon.ico', serveStatic({ root: dist }));
    // Every other page is the single-page app; it shows its own "Page not found".
    app.get('*', (c) => {
      if (/^\/(trpc|files|health)(\/|$)/.test(c.req.path)) return c.notFound();
      c.header('Cache-Control', 'no-store');
      return c.html(indexHtml);
    });
  }

  app.notFound((c) => c.json({ error: 'Not found' }, 404));
  app.onError((error, c) => {
    deps.logger.error({ requestId: c.get('requestId'), err: error }, 'unhandled error');
    return c.json(
      { error: 'Sorry, there is a problem with the service', requestId: c.get('requestId') },
      500,
    );
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
