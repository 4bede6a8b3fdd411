import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createMailer, OutboxMailer, SmtpMailer } from './index';

const dirs: string[] = [];
function outboxDir() {
  const dir = mkdtempSync(join(tmpdir(), 'casework-outbox-'));
  dirs.push(dir);
  return join(dir, 'outbox');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the development outbox', () => {
  it('writes each message as a readable .eml file named by the time it was sent', async () => {
    const dir = outboxDir();
    const mailer = new OutboxMailer(
      dir,
      'Casework <no-reply@casework.localhost>',
      () => new Date('2026-11-26T10:00:00Z'),
    );

    await mailer.send({
      to: 'caseworker@example.org',
      subject: 'New request 886-2026-00042 received',
      text: 'New request 886-2026-00042 received\n\nhttp://localhost:3000/cases/abc\n',
    });

    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^2026-11-26T10-00-00\.000Z-[0-9a-f]{8}\.eml$/);
    const eml = readFileSync(join(dir, files[0] ?? ''), 'utf8');
    expect(eml).toMatch(/^From: Casework <no-reply@casework\.localhost>$/m);
    expect(eml).toMatch(/^To: caseworker@example\.org$/m);
    expect(eml).toMatch(/^Subject: New request 886-2026-00042 received$/m);
    expect(eml).toContain('http://localhost:3000/cases/abc');
  });

  it('keeps every message when several are sent at the same moment', async () => {
    const dir = outboxDir();
    const mailer = new OutboxMailer(
      dir,
      'no-reply@casework.localhost',
      () => new Date('2026-11-26T10:00:00Z'),
    );

    await Promise.all(
      [1, 2, 3].map((n) => mailer.send({ to: 'a@example.org', subject: `Message ${n}`, text: 'Hello' })),
    );

    expect(readdirSync(dir)).toHaveLength(3);
  });
});

describe('choosing how mail is sent', () => {
  it('uses the outbox when no SMTP server is configured', () => {
    const mailer = createMailer({
      SMTP_URL: undefined,
      OUTBOX_DIR: '/tmp/outbox',
      MAIL_FROM: 'no-reply@casework.localhost',
    });
    expect(mailer).toBeInstanceOf(OutboxMailer);
  });

  it('uses SMTP when SMTP_URL is set', () => {
    const mailer = createMailer({
      SMTP_URL: 'smtp://localhost:2525',
      OUTBOX_DIR: '/tmp/outbox',
      MAIL_FROM: 'no-reply@casework.localhost',
    });
    expect(mailer).toBeInstanceOf(SmtpMailer);
  });
});
