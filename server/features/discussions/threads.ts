import { Types } from 'mongoose';
import type { z } from 'zod';
import type { CreateThreadSchema, ThreadListQuerySchema } from '@shared/schemas/thread';
import { Thread, type ThreadRecord } from '../../models/Thread';
import { ReadState } from '../../models/ReadState';
import { NotFoundError, ValidationError, isDuplicateKey } from '../../errors';
import { appEvents } from '../../events';
import { visibilityFilter, type Viewer } from '../../policies/index';
import { paginate } from '../../lib/pagination';
import { narrower, readableSubject, subjectKeyOf } from './subjectThreads';

type Input = z.infer<typeof CreateThreadSchema>;

/** A page of the threads the viewer may read (of one subject, if asked), most recently active first. */
export function findThreads(
  viewer: Viewer,
  q: z.infer<typeof ThreadListQuerySchema>,
): Promise<{ items: ThreadRecord[]; nextCursor: string | null }> {
  const filter: Record<string, unknown> = { ...visibilityFilter(viewer) };
  if (q.subjectType) filter.subjectType = q.subjectType;
  if (q.subjectId) filter.subjectId = q.subjectId;
  return paginate(Thread, filter, { field: 'updatedAt', direction: -1, limit: q.limit, cursor: q.cursor });
}

export async function loadThread(id: string): Promise<ThreadRecord> {
  const t = await Thread.findById(id).lean<ThreadRecord>();
  if (!t) throw new NotFoundError('Thread');
  return t;
}

/**
 * Creates a general thread, or returns the one thread of a subject (creating it on first use; the
 * unique subjectKey settles a race between two first users). `created` says which happened. A
 * subject thread needs a subject the creator may read, and is never readable by more people than it.
 */
export async function openThread(
  input: Input,
  creator: NonNullable<Viewer>,
): Promise<{ thread: ThreadRecord; created: boolean }> {
  const creatorId = creator._id;
  if (input.subjectType === 'general') {
    const _id = new Types.ObjectId();
    const thread = await Thread.create({
      _id,
      title: input.title,
      visibility: input.visibility,
      chosenVisibility: input.visibility,
      subjectType: 'general',
      subjectKey: `general:${_id}`,
      createdBy: creatorId,
    });
    appEvents.emit('thread.changed', String(_id));
    return { thread: thread.toObject(), created: true };
  }
  if (!input.subjectId)
    throw new ValidationError('subjectId: Choose what the thread is about', {
      subjectId: 'Choose what the thread is about',
    });
  const subject = await readableSubject(creator, input.subjectType, input.subjectId);
  const subjectKey = subjectKeyOf(input.subjectType, input.subjectId);
  const existing = await Thread.findOne({ subjectKey }).lean<ThreadRecord>();
  if (existing) return { thread: existing, created: false };
  try {
    const thread = await Thread.create({
      title: input.title,
      visibility: narrower(input.visibility, subject.audience),
      chosenVisibility: input.visibility,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      subjectKey,
      createdBy: creatorId,
    });
    appEvents.emit('thread.changed', String(thread._id));
    return { thread: thread.toObject(), created: true };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return { thread: (await Thread.findOne({ subjectKey }).lean<ThreadRecord>())!, created: false };
  }
}

/** The caller's last read seq per thread, in one query. */
export async function readSeqs(
  userId: Types.ObjectId | undefined,
  threadIds: Types.ObjectId[],
): Promise<Map<string, number>> {
  if (!userId || threadIds.length === 0) return new Map();
  const states = await ReadState.find({ userId, threadId: { $in: threadIds } }).lean();
  return new Map(states.map((s) => [String(s.threadId), s.lastReadSeq]));
}

/** Moves the caller's read marker forward (never back); returns the thread's unread count. */
export async function markRead(userId: Types.ObjectId, thread: ThreadRecord, seq: number): Promise<number> {
  const upTo = Math.min(seq, thread.lastSeq);
  const key = { userId, threadId: thread._id };
  const update = { $max: { lastReadSeq: upTo } };
  try {
    await ReadState.updateOne(key, update, { upsert: true });
  } catch (err) {
    // Two first reads raced (two tabs): the unique index kept one; this one moves it forward.
    if (!isDuplicateKey(err)) throw err;
    await ReadState.updateOne(key, update);
  }
  const state = await ReadState.findOne({ userId, threadId: thread._id }).lean();
  return Math.max(0, thread.lastSeq - (state?.lastReadSeq ?? 0));
}

/** Locks or unlocks a thread; open sockets' cached copies of it are dropped at once. */
export async function setThreadLocked(thread: ThreadRecord, locked: boolean): Promise<ThreadRecord> {
  const updated = await Thread.findOneAndUpdate(
    { _id: thread._id },
    { $set: { locked } },
    { returnDocument: 'after' },
  ).lean<ThreadRecord>();
  if (!updated) throw new NotFoundError('Thread');
  appEvents.emit('thread.changed', String(thread._id));
  return updated;
}
