import { hashPassword } from '@casework/auth';
import {
  DEMO_PASSWORD,
  isEmpty,
  migrateDatabase,
  migrationState,
  openDatabase,
  seedDemo,
  type DatabaseConnection,
} from '@casework/db';

import { createApp } from './app';
import { LocalDiskStorage } from './services/file-storage';
import { SignatureScanner } from './services/virus-scanner';
import type { Env } from './env';
import { createLogger, type Logger } from './logger';
import { createMailer } from './mail';
import { seedDemoCases } from './seed/demo-cases';
import type { AppDeps } from './services/types';

export async function openConfiguredDatabase(env: Env): Promise<DatabaseConnection> {
  return openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DATA_DIR });
}

/** Opens the database, brings it up to date, seeds the demo on first start, and builds the app. */
export async function startApp(env: Env, logger: Logger = createLogger(env.LOG_LEVEL)) {
  const connection = await openConfiguredDatabase(env);
  await migrateDatabase(connection, { migrationUrl: env.MIGRATION_DATABASE_URL });
  const isFirstStart = env.SEED_DEMO === 'true' && (await isEmpty(connection.db));
  if (isFirstStart) await seedDemo(connection.db, await hashPassword(DEMO_PASSWORD));
  const deps: AppDeps = {
    db: connection.db,
    logger,
    now: () => new Date(),
    config: {
      appOrigin: env.APP_ORIGIN,
      sessionLifetime: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
      trustProxy: env.TRUST_PROXY === 'true',
      webDistDir: env.WEB_DIST_DIR,
    },
    migrationState: () => migrationState(connection.db),
    storage: new LocalDiskStorage(env.UPLOAD_DIR),
    scanner: new SignatureScanner(),
    mailer: createMailer(env),
  };
  if (isFirstStart) {
    await seedDemoCases(deps);
    logger.info({ event: 'seed.demo' }, 'seeded the demo data');
  }
  return { app: createApp(deps), connection, deps };
}
