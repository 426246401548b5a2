import { Types } from 'mongoose';
import { Message, type MessageRecord } from '../../models/Message';
import { Thread, type ThreadRecord } from '../../models/Thread';
import { ConflictError, NotFoundError, ValidationError, isDuplicateKey } from '../../errors';
import { appEvents } from '../../events';
import { userNames } from '../accounts/peopleNames';
import { KeyedLock } from '../../lib/keyedLock';
import { resolveMentions } from './mentions';

/**
 * What presenting messages needs besides them: author and mentioned names, and the messages they
 * reply to, read in two queries at most; names and parents the caller has already read (`known`,
 * `knownParents`) are not read again.
 */
export async function namesAndParents(
  messages: MessageRecord[],
  known?: Map<string, string>,
  knownParents: MessageRecord[] = [],
): Promise<{ names: Map<string, string>; parents: Map<string, MessageRecord> }> {
  const have = new Set(knownParents.map((p) => String(p._id)));
  const parentIds = [
    ...new Set(
      messages
        .map((m) => m.replyTo)
        .filter(Boolean)
        .map(String),
    ),
  ].filter((id) => !have.has(id));
  const parents = [
    ...knownParents,
    ...(parentIds.length ? await Message.find({ _id: { $in: parentIds } }).lean<MessageRecord[]>() : []),
  ];
  const names = await userNames(
    [...messages.flatMap((m) => [m.authorId, ...(m.mentions ?? [])]), ...parents.map((p) => p.authorId)],
    known,
  );
  return { names, parents: new Map(parents.map((p) => [String(p._id), p])) };
}

export async function loadMessage(id: string): Promise<MessageRecord> {
  const m = await Message.findById(id).lean<MessageRecord>();
  if (!m) throw new NotFoundError('Message');
  return m;
}

const seqLock = new KeyedLock();
/** The next seq this process will try per thread, so numbering needs no read under the lock. */
const nextSeq = new Map<string, number>();
const NEXT_SEQ_CAP = 10_000;

async function firstFreeSeq(threadId: Types.ObjectId): Promise<number> {
  const t = await Thread.findById(threadId, { lastSeq: 1 }).lean<ThreadRecord>();
  if (!t) throw new NotFoundError('Thread');
  return t.lastSeq + 1;
}

export interface MessageInput {
  clientId: string;
  body: string;
  replyTo?: string;
  mentions?: string[];
}

/** A stored message, with what was read to store it (so presenting it reads nothing again). */
export interface StoredMessage {
  record: MessageRecord;
  /** False for a resend: the message stored the first time. */
  created: boolean;
  /** The message it replies to (when read here). */
  parent: MessageRecord | null;
  /** The mentioned people kept (those who may read the thread and are named in the body). */
  mentioned: { _id: Types.ObjectId; name: string }[];
}

/**
 * Stores a message exactly once per (author, clientId): a resend returns the stored message.
 * Numbering: within this process one message at a time per thread takes the next number, which
 * the process remembers; the unique (threadId, seq) index settles races with other processes (the
 * loser re-reads the thread and takes a later number). The critical section is a single insert, so
 * a busy thread does not queue behind slower work. Nobody hears of the message here: see
 * `postMessage` (messageCommands), which announces it and then calls `countNewMessage`.
 */
export async function storeMessage(
  thread: ThreadRecord,
  author: { _id: Types.ObjectId },
  input: MessageInput,
): Promise<StoredMessage> {
  if (thread.locked) {
    // A resend of a message stored before the lock (its acknowledgement was lost) still gets it back.
    const stored = await Message.findOne({
      threadId: thread._id,
      authorId: author._id,
      clientId: input.clientId,
    }).lean<MessageRecord>();
    if (stored) return { record: stored, created: false, parent: null, mentioned: [] };
    throw new ConflictError('This thread is locked', 'thread_locked');
  }
  const parent = input.replyTo
    ? await Message.findOne({ _id: input.replyTo, threadId: thread._id }).lean<MessageRecord>()
    : null;
  if (input.replyTo && !parent) {
    throw new ValidationError('replyTo: That message is not in this thread', {
      replyTo: 'That message is not in this thread',
    });
  }
  const mentioned = input.mentions?.length ? await resolveMentions(thread, input.mentions, input.body) : [];
  const mentions = mentioned.map((u) => u._id);
  const key = String(thread._id);
  const stored = await seqLock.run(key, async () => {
    // No look-up by clientId first: the unique (threadId, authorId, clientId) index catches a resend
    // below, which spares every send a query that FerretDB would answer with a full scan.
    let seq = nextSeq.get(key) ?? (await firstFreeSeq(thread._id));
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        // Written through the driver: the input is validated already and every field is set here,
        // so mongoose's document machinery would only add CPU to the busiest write of all.
        const record: MessageRecord = {
          _id: new Types.ObjectId(),
          threadId: thread._id,
          seq,
          authorId: author._id,
          clientId: input.clientId,
          body: input.body,
          replyTo: input.replyTo ? new Types.ObjectId(input.replyTo) : null,
          mentions,
          edits: [],
          editedAt: null,
          deletedAt: null,
          createdAt: new Date(),
        };
        await Message.collection.insertOne(record);
        if (nextSeq.size >= NEXT_SEQ_CAP) nextSeq.clear();
        nextSeq.set(key, seq + 1);
        return { record, created: true };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        // Another process took this number, or the same clientId was sent before: look again.
        const winner = await Message.findOne({
          threadId: thread._id,
          authorId: author._id,
          clientId: input.clientId,
        }).lean<MessageRecord>();
        if (winner) return { record: winner, created: false };
        seq = Math.max(seq + 1, await firstFreeSeq(thread._id));
      }
    }
    nextSeq.delete(key);
    throw new ConflictError('The thread is very busy; send the message again');
  });
  return { ...stored, parent, mentioned };
}

/**
 * After a new message was stored and announced: the thread's own counter (for lists and joins; it
 * never moves back) is brought up to date, and the mentioned people and the replied-to author are
 * notified (off the sender's path: see watchMessageNotifications).
 */
export async function countNewMessage(thread: ThreadRecord, stored: StoredMessage, authorName: string) {
  await Thread.collection.updateOne(
    { _id: thread._id, lastSeq: { $lt: stored.record.seq } },
    // (Through the driver: the timestamps plugin does not run, so updatedAt is set here.)
    { $set: { lastSeq: stored.record.seq, lastMessageAt: stored.record.createdAt, updatedAt: new Date() } },
  );
  appEvents.emit('message.posted', {
    thread,
    message: stored.record,
    parentAuthorId: stored.parent ? String(stored.parent.authorId) : null,
    authorName,
  });
}

/** Replaces the body and keeps the previous one in the edit history. */
export async function updateMessageBody(message: MessageRecord, body: string): Promise<MessageRecord> {
  if (message.deletedAt) throw new ConflictError('This message was deleted');
  const updated = await Message.findOneAndUpdate(
    { _id: message._id, deletedAt: null },
    { $set: { body, editedAt: new Date() }, $push: { edits: { body: message.body, at: new Date() } } },
    { returnDocument: 'after' },
  ).lean<MessageRecord>();
  if (!updated) throw new ConflictError('This message was deleted');
  return updated;
}

/** Soft delete: the message keeps its seq (so a resync stays exact) but loses its text. */
export async function markMessageDeleted(message: MessageRecord): Promise<MessageRecord> {
  const updated = await Message.findOneAndUpdate(
    { _id: message._id },
    { $set: { deletedAt: message.deletedAt ?? new Date() } },
    { returnDocument: 'after' },
  ).lean<MessageRecord>();
  return updated!;
}

/** Messages in seq order: after a seq (resync), before a seq (history), or the newest. */
export async function findMessages(
  threadId: Types.ObjectId,
  q: { after?: number; before?: number; limit: number },
): Promise<MessageRecord[]> {
  if (q.after !== undefined) {
    return Message.find({ threadId, seq: { $gt: q.after } })
      .sort({ seq: 1 })
      .limit(q.limit)
      .lean<MessageRecord[]>();
  }
  const filter = q.before !== undefined ? { threadId, seq: { $lt: q.before } } : { threadId };
  return (await Message.find(filter).sort({ seq: -1 }).limit(q.limit).lean<MessageRecord[]>()).reverse();
}
