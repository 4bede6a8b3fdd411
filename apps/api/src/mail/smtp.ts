import nodemailer, { type Transporter } from 'nodemailer';

import type { MailMessage, Mailer } from './mailer';

/** Sends through an SMTP relay named by a URL, e.g. `smtps://user:pass@smtp.example.org:465`. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  }
}
