import pino from 'pino';

/**
 * Structured logs. Personal data never goes in: no names, emails, dates of birth, UPNs or free
 * text, only ids, codes and request ids. The redact list is a second guard for mistakes.
 */
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'casework' },
    redact: {
      paths: ['email', 'password', '*.email', '*.password', 'req.headers.cookie', 'headers.cookie', 'cookie'],
      censor: '[redacted]',
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;
