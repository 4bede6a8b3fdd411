/**
 * One way out for email, whichever transport is behind it. Messages carry no child's name or
 * other personal data: only a reference, the kind of date, the date and a link to sign in.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
