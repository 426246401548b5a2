import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { DEFAULT_LANGUAGE, type Language } from '@shared/i18n/languages';

export interface Mailer {
  /**
   * Sends a plain-text email written in `language` (its Content-Language); resolves false when no
   * SMTP server is configured or sending failed.
   */
  send(to: string, subject: string, text: string, language?: Language): Promise<boolean>;
}

export function createMailer(config: Config, log: Logger): Mailer {
  if (!config.smtpUrl) return { send: async () => false };
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(to, subject, text, language = DEFAULT_LANGUAGE) {
      try {
        await transport.sendMail({
          from: config.mailFrom,
          to,
          subject,
          text,
          headers: { 'Content-Language': language },
        });
        return true;
      } catch (err) {
        log.warn({ err, to }, 'email could not be sent; the link is still shown in the app');
        return false;
      }
    },
  };
}
