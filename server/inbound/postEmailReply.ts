import { createHash, randomUUID } from 'node:crypto';
import { MessageBodySchema } from '@shared/schemas/thread';
import type { MessageDto } from '@shared/schemas/thread';
import { ValidationError } from '../errors';
import type { Types } from 'mongoose';
import { sendMessage } from '../features/discussions/messageCommands';
import { senderById } from '../features/discussions/viewers';
import type { FloodGuard } from '../features/discussions/floodGuard';

/** The same client id for the same e-mail, so a mail server's retry posts nothing twice. */
const clientIdOf = (emailMessageId: string | undefined) =>
  `email-${createHash('sha256')
    .update(emailMessageId ?? randomUUID())
    .digest('base64url')
    .slice(0, 40)}`;

/** What a reply address says: who replies, in which thread, to which message. */
interface ReplyTarget {
  userId: Types.ObjectId;
  threadId: Types.ObjectId;
  messageId: Types.ObjectId;
}

/**
 * Posts a reply received by e-mail in the thread, as the person the reply address was issued to,
 * as a reply to the message the e-mail was about. It is a send like any other (sendMessage, the
 * socket's 'message:send'): an active account that may read and post in the thread (not locked),
 * within the flood guard's rate.
 */
export async function postEmailReply(
  address: ReplyTarget,
  text: string,
  emailMessageId: string | undefined,
  flood: FloodGuard,
): Promise<MessageDto> {
  const body = MessageBodySchema.safeParse(text);
  if (!body.success) throw new ValidationError(`body: ${body.error.issues[0]?.message ?? 'invalid'}`);
  const { message } = await sendMessage(
    senderById(address.userId),
    String(address.threadId),
    { clientId: clientIdOf(emailMessageId), body: body.data, replyTo: String(address.messageId) },
    { flood },
  );
  return message;
}
