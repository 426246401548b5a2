import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { DomainError, TooManyRequestsError, UnavailableError, isDatabaseUnavailable } from '../errors';
import type { FloodGuard } from '../features/discussions/floodGuard';
import { resolveReplyAddress } from '../features/email/replyAddresses';
import { postEmailReply } from './postEmailReply';
import { replyText } from './replyText';

const MAX_BYTES = 1024 * 1024;

/** An SMTP reply: 4xx asks the sending server to try again later, 5xx refuses for good. */
function smtpError(responseCode: number, message: string) {
  return Object.assign(new Error(message), { responseCode });
}

function smtpErrorOf(err: unknown) {
  if (err instanceof TooManyRequestsError) return smtpError(451, `4.7.1 ${err.message}`);
  if (err instanceof UnavailableError || isDatabaseUnavailable(err))
    return smtpError(451, '4.3.0 Try again later');
  if (err instanceof DomainError) return smtpError(550, `5.7.1 Reply not posted: ${err.message}`);
  return smtpError(451, '4.3.0 Try again later');
}

/** Auto-replies (out of office, bounces) are accepted and dropped: they must not become messages. */
const isAutomatic = (mail: ParsedMail) => {
  const auto = mail.headers.get('auto-submitted');
  return (typeof auto === 'string' && auto.toLowerCase() !== 'no') || mail.headers.has('x-autoreply');
};

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

/**
 * The inbound SMTP listener for replies by e-mail (`INBOUND_SMTP_PORT`). A recipient must be a
 * valid reply address (signed, known, not expired; others are refused at RCPT TO), and the reply's
 * new text (quotes and signature removed) is posted with the checks of a socket send. No TLS or
 * AUTH here: put the organisation's mail server in front to relay `reply+…@REPLY_DOMAIN` to it.
 */
export async function startInboundSmtp(
  config: Config,
  log: Logger,
  flood: FloodGuard,
  port: number,
): Promise<InboundSmtp> {
  const server = new SMTPServer({
    name: config.replyDomain,
    banner: 'Coalition Workspace replies',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_BYTES,
    closeTimeout: 2_000,
    logger: false,
    onRcptTo(address, _session, callback) {
      resolveReplyAddress(config, address.address).then(
        (found) =>
          found.ok
            ? callback()
            : callback(
                smtpError(
                  550,
                  `5.1.1 ${found.reason === 'expired' ? 'This reply address has expired' : 'No such reply address'}`,
                ),
              ),
        (err: unknown) => callback(smtpErrorOf(err)),
      );
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      receive(stream, session).then(
        () => callback(),
        (err: unknown) => {
          if (!(err instanceof DomainError)) log.warn({ err }, 'reply by e-mail failed');
          callback(smtpErrorOf(err));
        },
      );
    },
  });
  server.on('error', (err) => log.warn({ err }, 'inbound SMTP error'));

  async function receive(stream: SMTPServerDataStream, session: SMTPServerSession) {
    const mail = await simpleParser(stream);
    if (stream.sizeExceeded) throw smtpError(552, '5.3.4 Message too big');
    if (isAutomatic(mail)) return;
    const text = replyText(mail.text ?? '');
    for (const rcpt of session.envelope.rcptTo) {
      const found = await resolveReplyAddress(config, rcpt.address);
      if (!found.ok) continue; // refused at RCPT TO already
      const message = await postEmailReply(found.address, text, mail.messageId, flood);
      log.info({ threadId: found.address.threadId, messageId: message.id }, 'reply by e-mail posted');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
