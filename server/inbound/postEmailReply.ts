import { createHash, randomUUID } from 'node:crypto';
import { MessageBodySchema } from '@shared/schemas/thread';
import type { MessageDto } from '@shared/schemas/thread';
import { ValidationError } from '../errors';
import { User } from '../models/User';
import type { ReplyAddressRecord } from '../models/ReplyAddress';
import { authorize } from '../policies';
import { canPostInThread, canReadThread } from '../policies/thread';
import { loadThread } from '../features/discussions/threads';
import { postMessage } from '../features/discussions/messages';
import type { FloodGuard } from '../features/discussions/floodGuard';

/** The same client id for the same e-mail, so a mail server's retry posts nothing twice. */
const clientIdOf = (emailMessageId: string | undefined) =>
  `email-${createHash('sha256')
    .update(emailMessageId ?? randomUUID())
    .digest('base64url')
    .slice(0, 40)}`;

/**
 * Posts a reply received by e-mail in the thread, as the person the reply address was issued to,
 * as a reply to the message the e-mail was about. The checks are a socket send's
 * (`realtime/handlers/threads.ts` 'message:send'): an active account that may read and post in the
 * thread (not locked), and the flood guard.
 */
export async function postEmailReply(
  address: ReplyAddressRecord,
  text: string,
  emailMessageId: string | undefined,
  flood: FloodGuard,
): Promise<MessageDto> {
  const body = MessageBodySchema.safeParse(text);
  if (!body.success) throw new ValidationError(`body: ${body.error.issues[0]?.message ?? 'invalid'}`);
  const [user, thread] = await Promise.all([
    User.findById(address.userId, { name: 1, role: 1, status: 1, organisationId: 1 }).lean(),
    loadThread(String(address.threadId)),
  ]);
  const viewer = user && { ...user, organisationId: user.organisationId ?? null };
  authorize(canReadThread(viewer, thread), viewer, { hide: 'Thread' });
  authorize(canPostInThread(viewer, { ...thread, locked: false }), viewer);
  await flood.check(String(user!._id));
  const { message } = await postMessage(thread, user!, {
    clientId: clientIdOf(emailMessageId),
    body: body.data,
    replyTo: String(address.messageId),
  });
  return message;
}
