import type { Types } from 'mongoose';
import type { List } from '@shared/schemas/common';
import type { MessageDto, MessageEditsSchema } from '@shared/schemas/thread';
import type { z } from 'zod';
import type { Viewer } from '../../policies/index';
import type { MessageRecord } from '../../models/Message';
import type { ThreadRecord } from '../../models/Thread';
import { onEveryInstance } from '../../events';
import { findMessages, loadMessage, namesAndParents } from './messages';
import { ReadCache } from '../../lib/readCache';
import type { ThreadCache } from './threadCache';
import { presentMessage, presentMessageEdits } from './threadPresenter';
import { held, readableThread, type Awaitable, type ThreadSource } from './queries';

/**
 * Presents messages with author names and reply excerpts resolved in two queries at most; names
 * and parent messages the caller has already read (`known`, `knownParents`) are not read again.
 */
export async function presentMessages(
  messages: MessageRecord[],
  known?: Map<string, string>,
  knownParents: MessageRecord[] = [],
): Promise<MessageDto[]> {
  const { names, parents } = await namesAndParents(messages, known, knownParents);
  return messages.map((m) =>
    presentMessage(m, names, m.replyTo ? (parents.get(String(m.replyTo)) ?? null) : null),
  );
}

/**
 * Pages of messages, shared by everyone who reads the thread (the page shows nothing of the reader):
 * dropped when a message of the thread is stored, edited or deleted, or someone is renamed — events
 * every instance hears (relayed through Redis), each emitted after its write. So a page can be kept
 * 30 s rather than 2: the time limit only bounds a relay lost while Redis reconnects. (Thread lists
 * stay at 2 s: a thread's counter moves after the message's event.)
 */
const pages = new ReadCache<MessageDto[]>(30_000, 2_000);
onEveryInstance('message.changed', ({ message }) => pages.invalidate(`${message.threadId}|`));
onEveryInstance('user.changed', () => pages.invalidate());

/** A page of messages in seq order: after a seq (resync), before a seq (history), or the newest. */
function messagePage(
  threadId: Types.ObjectId,
  q: { after?: number; before?: number; limit: number },
): Promise<MessageDto[]> {
  return pages.get(`${String(threadId)}|${q.after}|${q.before}|${q.limit}`, async () =>
    presentMessages(await findMessages(threadId, q)),
  );
}

/** A page of a thread the viewer may read (no cursor: `after` and `before` are the seqs to page by). */
export async function listMessages(
  viewer: Viewer,
  threadId: string,
  q: { after?: number; before?: number; limit: number },
): Promise<List<MessageDto>> {
  const { thread } = await readableThread(viewer, threadId);
  return { items: await messagePage(thread._id, q), nextCursor: null };
}

/** What a socket that was away missed: the messages after a seq (500 at most). */
export async function resyncMessages(
  viewer: Awaitable<Viewer>,
  threadId: string,
  afterSeq: number,
  threads: ThreadCache,
): Promise<MessageDto[]> {
  const { thread } = await readableThread(viewer, threadId, { threads });
  return messagePage(thread._id, { after: afterSeq, limit: 500 });
}

/**
 * A message and its thread, when the viewer may read the thread. Refusals name `hide`: what was
 * asked for over HTTP (the message), the thread on sockets (as every socket event refusing one).
 */
export async function readableMessage<V extends Viewer>(
  viewer: Awaitable<V>,
  messageId: string,
  { threads, hide = 'Message' }: ThreadSource & { hide?: 'Message' | 'Thread' } = {},
): Promise<{ viewer: V; message: MessageRecord; thread: ThreadRecord }> {
  const account = held(viewer);
  const message = await loadMessage(messageId);
  const found = await readableThread(account, String(message.threadId), { threads, hide });
  return { ...found, message };
}

/** A message's earlier texts, oldest first. */
export async function messageEdits(
  viewer: Viewer,
  messageId: string,
): Promise<z.infer<typeof MessageEditsSchema>> {
  const { message } = await readableMessage(viewer, messageId);
  return presentMessageEdits(message);
}
