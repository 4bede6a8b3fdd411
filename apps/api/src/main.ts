import { serve } from '@hono/node-server';

import { readEnv } from './env';
import { createLogger } from './logger';
import { startApp } from './server';

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);

try {
  const { app, connection } = await startApp(env, logger);
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info(
      { event: 'listening', port: info.port, database: connection.kind, startupMs: Math.round(performance.now()) },
      `Casework is running on ${env.APP_ORIGIN}`,
    );
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'stopping', signal }, 'stopping');
    server.close(() => {
      void connection.close().then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
