import type { Env } from '../env';
import type { Mailer } from './mailer';
import { OutboxMailer } from './outbox';
import { SmtpMailer } from './smtp';

export type { MailMessage, Mailer } from './mailer';
export { OutboxMailer } from './outbox';
export { SmtpMailer } from './smtp';

/** SMTP when SMTP_URL is set; otherwise the local outbox, so development needs no mail server. */
export function createMailer(env: Pick<Env, 'SMTP_URL' | 'OUTBOX_DIR' | 'MAIL_FROM'>): Mailer {
  return env.SMTP_URL
    ? new SmtpMailer(env.SMTP_URL, env.MAIL_FROM)
    : new OutboxMailer(env.OUTBOX_DIR, env.MAIL_FROM);
}
