import type { Types } from 'mongoose';
import type { MessageDto } from '@shared/schemas/thread';
import { authorize, type Viewer } from '../../policies/index';
import { canDeleteMessage, canEditMessage, canPostInThread } from '../../policies/thread';
import type { ThreadRecord } from '../../models/Thread';
import { appEvents } from '../../events';
import type { FloodGuard } from './floodGuard';
import {
  countNewMessage,
  markMessageDeleted,
  storeMessage,
  updateMessageBody,
  type MessageInput,
} from './messages';
import { presentMessages, readableMessage } from './messageQueries';
import { requoteMessageNotifications } from './mentions';
import { forgetThreadLists, readableThread, type Awaitable, type ThreadSource } from './queries';
import type { Sender } from './viewers';

/**
 * Writing in discussions, the one sequence for every way a message arrives (HTTP, a socket, a reply
 * by e-mail): authorize → flood guard → store → present → announce to the thread's room.
 */

/**
 * Stores a message and announces it: the room hears of it as soon as it is stored and numbered;
 * the thread's counter is brought up to date before the sender's acknowledgement. A resend (the
 * same clientId) gets the stored message back, `created: false`, and nobody hears of it again.
 * No checks here: `sendMessage` makes them (a test posts through this directly).
 */
export async function postMessage(
  thread: ThreadRecord,
  author: { _id: Types.ObjectId; name: string },
  input: MessageInput,
): Promise<{ message: MessageDto; created: boolean }> {
  const stored = await storeMessage(thread, author, input);
  // Names and the parent already read to store it are not read again to present it.
  const names = new Map([
    [String(author._id), author.name],
    ...stored.mentioned.map((u) => [String(u._id), u.name] as [string, string]),
  ]);
  const message = (await presentMessages([stored.record], names, stored.parent ? [stored.parent] : []))[0]!;
  if (!stored.created) return { message, created: false };
  appEvents.emit('message.changed', { kind: 'new', message });
  await countNewMessage(thread, stored, author.name);
  forgetThreadLists();
  return { message, created: true };
}

/**
 * Someone posts in a thread: they must read it and may post in it (a locked thread still answers a
 * resend of a message stored before the lock: see storeMessage), within the flood guard's rate.
 */
export async function sendMessage(
  actor: Awaitable<Sender | null | undefined>,
  threadId: string,
  input: MessageInput,
  { flood, threads }: ThreadSource & { flood: FloodGuard },
): Promise<{ message: MessageDto; created: boolean }> {
  const { viewer: sender, thread } = await readableThread(actor, threadId, { threads });
  authorize(canPostInThread(sender, { ...thread, locked: false }), sender);
  // Only a signed-in writer gets past the policy above.
  await flood.check(String(sender!._id));
  return postMessage(thread, sender!, input);
}

/** Where a message's thread is read, and what refusing an unreadable one names (see readableMessage). */
type MessageSource = ThreadSource & { hide?: 'Message' | 'Thread' };

/**
 * The author rewords their message (the old text goes to its edit history); the room hears of it,
 * and the notifications about it quote the new words.
 */
export async function editMessage(
  actor: Awaitable<Viewer>,
  messageId: string,
  body: string,
  source: MessageSource = {},
): Promise<MessageDto> {
  const { viewer, message, thread } = await readableMessage(actor, messageId, source);
  authorize(canEditMessage(viewer, thread, String(message.authorId)), viewer);
  const updated = await updateMessageBody(message, body);
  const dto = (await presentMessages([updated]))[0]!;
  appEvents.emit('message.changed', { kind: 'updated', message: dto });
  await requoteMessageNotifications(updated);
  return dto;
}

/**
 * The author or a host deletes a message (it keeps its place, without its text); the room hears of
 * it, and the notifications about it no longer quote it.
 */
export async function deleteMessage(
  actor: Awaitable<Viewer>,
  messageId: string,
  source: MessageSource = {},
): Promise<MessageDto> {
  const { viewer, message, thread } = await readableMessage(actor, messageId, source);
  authorize(canDeleteMessage(viewer, thread, String(message.authorId)), viewer);
  const deleted = await markMessageDeleted(message);
  const dto = (await presentMessages([deleted]))[0]!;
  appEvents.emit('message.changed', { kind: 'deleted', message: dto });
  await requoteMessageNotifications(deleted);
  return dto;
}
