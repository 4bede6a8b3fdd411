import { fileURLToPath } from 'node:url';

import { z } from 'zod';

/** The repository root, so default paths work whichever folder npm runs us from. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** The address users reach the service at; state-changing requests must come from it. */
  APP_ORIGIN: z.url().default('http://localhost:3000'),
  DATABASE_URL: z.string().optional(),
  /** Owner credentials for migrations in production; defaults to DATABASE_URL. */
  MIGRATION_DATABASE_URL: z.string().optional(),
  PGLITE_DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  UPLOAD_DIR: z.string().default(`${repoRoot}.data/uploads`),
  OUTBOX_DIR: z.string().default(`${repoRoot}.data/outbox`),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Casework <no-reply@casework.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  /** Trust X-Forwarded-For from a reverse proxy for the client's IP address. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Seed the demo LAs, schools and users when the database is empty. */
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  WEB_DIST_DIR: z.string().default(`${repoRoot}apps/web/dist`),
  /** How often the reminder scan and the job queue run. */
  BACKGROUND_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60 * 60)
    .default(60),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
