import type { Types } from 'mongoose';
import type { MessageDto } from '@shared/schemas/thread';
import { Message, type MessageRecord } from '../models/Message';
import { Thread, type ThreadRecord } from '../models/Thread';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { appEvents } from '../events';
import { presentMessage } from '../presenters/thread';
import { userNames } from './threads';
import { KeyedLock } from './keyedLock';
import { resolveMentions } from './mentions';

/** Presents messages with author names and reply excerpts resolved in two queries. */
export async function presentMessages(messages: MessageRecord[]): Promise<MessageDto[]> {
  const parentIds = [
    ...new Set(
      messages
        .map((m) => m.replyTo)
        .filter(Boolean)
        .map(String),
    ),
  ];
  const parents = parentIds.length
    ? await Message.find({ _id: { $in: parentIds } }).lean<MessageRecord[]>()
    : [];
  const byId = new Map(parents.map((p) => [String(p._id), p]));
  const names = await userNames([
    ...messages.flatMap((m) => [m.authorId, ...(m.mentions ?? [])]),
    ...parents.map((p) => p.authorId),
  ]);
  return messages.map((m) =>
    presentMessage(m, names, m.replyTo ? (byId.get(String(m.replyTo)) ?? null) : null),
  );
}

const one = async (m: MessageRecord) => (await presentMessages([m]))[0]!;

export async function loadMessage(id: string): Promise<MessageRecord> {
  const m = await Message.findById(id).lean<MessageRecord>();
  if (!m) throw new NotFoundError('Message');
  return m;
}

const seqLock = new KeyedLock();

/**
 * Stores a message exactly once per (author, clientId): a resend returns the stored message.
 * Numbering: within this process one message at a time per thread takes `lastSeq + 1`; the unique
 * (threadId, seq) index settles races with other processes (the loser takes the next number).
 * An acknowledged message is stored and numbered before anyone hears of it.
 */
export async function postMessage(
  thread: ThreadRecord,
  authorId: Types.ObjectId,
  input: { clientId: string; body: string; replyTo?: string; mentions?: string[] },
): Promise<{ message: MessageDto; created: boolean }> {
  const parent = input.replyTo
    ? await Message.findOne({ _id: input.replyTo, threadId: thread._id }, { authorId: 1 }).lean()
    : null;
  if (input.replyTo && !parent) {
    throw new ValidationError('replyTo: That message is not in this thread', {
      replyTo: 'That message is not in this thread',
    });
  }
  const mentions = input.mentions?.length ? await resolveMentions(thread, input.mentions, input.body) : [];
  return seqLock.run(String(thread._id), async () => {
    // No look-up by clientId first: the unique (threadId, authorId, clientId) index catches a resend
    // below, which spares every send a query that FerretDB would answer with a full scan.
    const current = await Thread.findById(thread._id, { lastSeq: 1, locked: 1 }).lean<ThreadRecord>();
    if (!current) throw new NotFoundError('Thread');
    if (current.locked) throw new ConflictError('This thread is locked', 'thread_locked');
    for (let seq = current.lastSeq + 1, attempt = 0; attempt < 20; seq++, attempt++) {
      try {
        const created = await Message.create({
          threadId: thread._id,
          seq,
          authorId,
          clientId: input.clientId,
          body: input.body,
          replyTo: input.replyTo ?? null,
          mentions,
        });
        await Thread.updateOne(
          { _id: thread._id, lastSeq: { $lt: seq } },
          { $set: { lastSeq: seq, lastMessageAt: created.createdAt } },
        );
        const message = await one(created.toObject());
        appEvents.emit('message.changed', { kind: 'new', message });
        appEvents.emit('message.posted', {
          thread,
          message: created.toObject(),
          parentAuthorId: parent ? String(parent.authorId) : null,
          authorName: message.author?.name ?? 'Someone',
        });
        return { message, created: true };
      } catch (err) {
        if ((err as { code?: number }).code !== 11000) throw err;
        // Another process took this number, or sent the same clientId: look again.
        const winner = await Message.findOne({
          threadId: thread._id,
          authorId,
          clientId: input.clientId,
        }).lean<MessageRecord>();
        if (winner) return { message: await one(winner), created: false };
      }
    }
    throw new ConflictError('The thread is very busy; send the message again');
  });
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

/** A page of messages in seq order: after a seq (catch-up), before a seq (history), or the newest. */
export async function listMessages(
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
