import nodemailer from 'nodemailer';
import type { Config } from '../config';
import type { Logger } from '../logger';

export interface Mailer {
  /** Sends a plain-text email; resolves false when no SMTP server is configured or sending failed. */
  send(to: string, subject: string, text: string): Promise<boolean>;
}

export function createMailer(config: Config, log: Logger): Mailer {
  if (!config.smtpUrl) return { send: async () => false };
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(to, subject, text) {
      try {
        await transport.sendMail({ from: config.mailFrom, to, subject, text });
        return true;
      } catch (err) {
        log.warn({ err, to }, 'email could not be sent; the link is still shown in the app');
        return false;
      }
    },
  };
}
