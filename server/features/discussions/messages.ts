import { Types } from 'mongoose';
import type { MessageDto } from '@shared/schemas/thread';
import { Message, type MessageRecord } from '../../models/Message';
import { Thread, type ThreadRecord } from '../../models/Thread';
import { ConflictError, NotFoundError, ValidationError, isDuplicateKey } from '../../errors';
import { appEvents, onEveryInstance } from '../../events';
import { presentMessage } from './threadPresenter';
import { userNames } from './threads';
import { KeyedLock } from '../../lib/keyedLock';
import { ReadCache } from './readCache';
import { resolveMentions } from './mentions';

/**
 * Presents messages with author names and reply excerpts resolved in two queries at most; names
 * and parent messages the caller has already read (`known`, `knownParents`) are not read again.
 */
export async function presentMessages(
  messages: MessageRecord[],
  known?: Map<string, string>,
  knownParents: MessageRecord[] = [],
): Promise<MessageDto[]> {
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
  const byId = new Map(parents.map((p) => [String(p._id), p]));
  const names = await userNames(
    [...messages.flatMap((m) => [m.authorId, ...(m.mentions ?? [])]), ...parents.map((p) => p.authorId)],
    known,
  );
  return messages.map((m) =>
    presentMessage(m, names, m.replyTo ? (byId.get(String(m.replyTo)) ?? null) : null),
  );
}

const one = async (m: MessageRecord, known?: Map<string, string>) => (await presentMessages([m], known))[0]!;

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

/**
 * Stores a message exactly once per (author, clientId): a resend returns the stored message.
 * Numbering: within this process one message at a time per thread takes the next number, which
 * the process remembers; the unique (threadId, seq) index settles races with other processes (the
 * loser re-reads the thread and takes a later number). The critical section is a single insert, so
 * a busy thread does not queue behind slower work. An acknowledged message is stored and numbered
 * before anyone hears of it.
 */
export async function postMessage(
  thread: ThreadRecord,
  author: { _id: Types.ObjectId; name: string },
  input: { clientId: string; body: string; replyTo?: string; mentions?: string[] },
): Promise<{ message: MessageDto; created: boolean }> {
  if (thread.locked) {
    // A resend of a message stored before the lock (its acknowledgement was lost) still gets it back.
    const stored = await Message.findOne({
      threadId: thread._id,
      authorId: author._id,
      clientId: input.clientId,
    }).lean<MessageRecord>();
    if (stored) return { message: await one(stored), created: false };
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
  // Names and the parent already read here are not read again to present the message.
  const names = new Map([
    [String(author._id), author.name],
    ...mentioned.map((u) => [String(u._id), u.name] as [string, string]),
  ]);
  const message = (await presentMessages([stored.record], names, parent ? [parent] : []))[0]!;
  if (!stored.created) return { message, created: false };
  // Stored and numbered: the room hears of it at once. The thread's own counter (for lists and
  // joins; it never moves back) is brought up to date before the sender's acknowledgement.
  appEvents.emit('message.changed', { kind: 'new', message });
  await Thread.collection.updateOne(
    { _id: thread._id, lastSeq: { $lt: stored.record.seq } },
    // (Through the driver: the timestamps plugin does not run, so updatedAt is set here.)
    { $set: { lastSeq: stored.record.seq, lastMessageAt: stored.record.createdAt, updatedAt: new Date() } },
  );
  appEvents.emit('message.posted', {
    thread,
    message: stored.record,
    parentAuthorId: parent ? String(parent.authorId) : null,
    authorName: author.name,
  });
  return { message, created: true };
}

/** Replaces the body and keeps the previous one in the edit history. */
export async function editMessage(message: MessageRecord, body: string): Promise<MessageDto> {
  if (message.deletedAt) throw new ConflictError('This message was deleted');
  const updated = await Message.findOneAndUpdate(
    { _id: message._id, deletedAt: null },
    { $set: { body, editedAt: new Date() }, $push: { edits: { body: message.body, at: new Date() } } },
    { returnDocument: 'after' },
  ).lean<MessageRecord>();
  if (!updated) throw new ConflictError('This message was deleted');
  const dto = await one(updated);
  appEvents.emit('message.changed', { kind: 'updated', message: dto });
  return dto;
}

/** Soft delete: the message keeps its seq (so catch-up stays exact) but loses its text. */
export async function deleteMessage(message: MessageRecord): Promise<MessageDto> {
  const updated = await Message.findOneAndUpdate(
    { _id: message._id },
    { $set: { deletedAt: message.deletedAt ?? new Date() } },
    { returnDocument: 'after' },
  ).lean<MessageRecord>();
  const dto = await one(updated!);
  appEvents.emit('message.changed', { kind: 'deleted', message: dto });
  return dto;
}

/**
 * Pages of messages, shared by everyone who reads the thread (the page shows nothing of the reader):
 * dropped when this process stores, edits or deletes a message of the thread or renames someone.
 */
const pages = new ReadCache<MessageDto[]>();
onEveryInstance('message.changed', ({ message }) => pages.invalidate(`${message.threadId}|`));
onEveryInstance('user.changed', () => pages.invalidate());

/** A page of messages in seq order: after a seq (catch-up), before a seq (history), or the newest. */
export function listMessages(
  threadId: Types.ObjectId,
  q: { after?: number; before?: number; limit: number },
): Promise<MessageDto[]> {
  return pages.get(`${String(threadId)}|${q.after}|${q.before}|${q.limit}`, () => loadMessages(threadId, q));
}

async function loadMessages(
  threadId: Types.ObjectId,
  q: { after?: number; before?: number; limit: number },
): Promise<MessageDto[]> {
  let rows: MessageRecord[];
  if (q.after !== undefined) {
    rows = await Message.find({ threadId, seq: { $gt: q.after } })
      .sort({ seq: 1 })
      .limit(q.limit)
      .lean<MessageRecord[]>();
  } else {
    const filter = q.before !== undefined ? { threadId, seq: { $lt: q.before } } : { threadId };
    rows = (await Message.find(filter).sort({ seq: -1 }).limit(q.limit).lean<MessageRecord[]>()).reverse();
  }
  return presentMessages(rows);
}
