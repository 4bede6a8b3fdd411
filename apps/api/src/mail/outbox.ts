import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import nodemailer from 'nodemailer';

import type { MailMessage, Mailer } from './mailer';

/**
 * Development mail: each message is written to the outbox folder as a complete .eml file, so
 * nothing leaves the machine and no mail server is needed. Read one with `cat` or a mail program.
 */
export class OutboxMailer implements Mailer {
  // Builds the raw message exactly as SMTP would send it, without sending it anywhere.
  private readonly transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });

  constructor(
    readonly dir: string,
    private readonly from: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
    if (!Buffer.isBuffer(info.message)) throw new Error('the stream transport did not return a buffer');
    await mkdir(this.dir, { recursive: true });
    // ISO time first so the names sort by when they were sent; colons left out for every file system.
    const name = `${this.now().toISOString().replaceAll(':', '-')}-${randomBytes(4).toString('hex')}.eml`;
    await writeFile(join(this.dir, name), info.message, { flag: 'wx', mode: 0o600 });
  }
}
