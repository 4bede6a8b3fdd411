import { serve } from '@hono/node-server';

import { readEnv } from './env';
import { startBackgroundWork } from './jobs/background';
import { createLogger } from './logger';
import { startApp } from './server';

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);

try {
  const { app, connection, deps } = await startApp(env, logger);
  // Reminders and email run in this process from the database's job table: no other service.
  const stopBackgroundWork = startBackgroundWork(deps, { intervalSeconds: env.BACKGROUND_INTERVAL_SECONDS });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info(
      {
        event: 'listening',
        port: info.port,
        database: connection.kind,
        startupMs: Math.round(performance.now()),
      },
      `Casework is running on ${env.APP_ORIGIN}`,
    );
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'stopping', signal }, 'stopping');
    server.close(() => {
      // Let a background tick in progress finish before the database closes under it.
      void stopBackgroundWork()
        .then(() => connection.close())
        .then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
