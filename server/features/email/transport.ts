import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { Language } from '@shared/i18n/languages';

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The signed address a reply goes to (e-mails about a message). */
  replyTo?: string;
  /** The one-click unsubscribe URL (RFC 8058): every notification and digest carries one. */
  unsubscribeUrl: string;
  /** The language the e-mail is written in (Content-Language). */
  language: Language;
}

export interface EmailTransport {
  readonly enabled: boolean;
  /** Resolves when the SMTP server accepted the e-mail; rejects when it did not. */
  send(mail: OutgoingEmail): Promise<void>;
  close(): void;
}

/** Notification and digest e-mails, HTML with a text part, through `SMTP_URL`; disabled without one. */
export function createEmailTransport(config: Config, log: Logger): EmailTransport {
  if (!config.smtpUrl) {
    return { enabled: false, send: async () => undefined, close: () => undefined };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        replyTo: mail.replyTo,
        headers: {
          'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'Auto-Submitted': 'auto-generated',
          'Content-Language': mail.language,
        },
      });
      log.debug({ to: mail.to, subject: mail.subject }, 'e-mail sent');
    },
    close: () => transport.close(),
  };
}
