import type { z } from 'zod';
import type { List } from '@shared/schemas/common';
import type {
  Mentionable,
  MentionableQuerySchema,
  ThreadDto,
  ThreadListQuerySchema,
} from '@shared/schemas/thread';
import { authorize, roleOf, type Viewer } from '../../policies/index';
import { onEveryInstance } from '../../events';
import { ReadCache } from '../../lib/readCache';
import { canPostInThread, canReadThread } from '../../policies/thread';
import type { ThreadRecord } from '../../models/Thread';
import { userNames } from '../accounts/peopleNames';
import { findThreads, loadThread, readSeqs } from './threads';
import { mentionableUsers } from './mentions';
import type { ThreadCache } from './threadCache';
import { presentMentionable, presentThread } from './threadPresenter';

/**
 * The caller's account, or the read of it under way: a socket reads its user's current account
 * (which may need the database) beside the thread, rather than before it.
 */
export type Awaitable<T> = T | Promise<T>;

/**
 * Holds an account read that a command awaits only after a read of its own (the message): a
 * refusal of it then waits for its turn instead of escaping as an unhandled rejection.
 */
export function held<T>(value: Awaitable<T>): Promise<T> {
  const promise = Promise.resolve(value);
  promise.catch(() => undefined);
  return promise;
}

/** Where a thread is read from: a socket's process-wide cache (see ThreadCache), or afresh. */
export interface ThreadSource {
  threads?: ThreadCache;
}

/**
 * A thread the viewer may read; any other is "not found" (as `hide`, by default the thread), so its
 * existence does not leak. The account and the thread are read at once.
 */
export async function readableThread<V extends Viewer>(
  viewer: Awaitable<V>,
  threadId: string,
  { threads, hide = 'Thread' }: ThreadSource & { hide?: string } = {},
): Promise<{ viewer: V; thread: ThreadRecord }> {
  const [user, thread] = await Promise.all([viewer, threads ? threads.get(threadId) : loadThread(threadId)]);
  authorize(canReadThread(user, thread), user, { hide });
  return { viewer: user, thread };
}

/**
 * A page of the thread list depends only on the reader's role and the filters: it is kept 2 s per
 * role and filters (the reader's unread counts are still read per reader), and dropped at once when
 * this process stores a message (`forgetThreadLists`, once the thread's counter has moved) or starts,
 * locks or narrows a thread; another instance's writes show within 2 s (`message.changed` and
 * `thread.changed` also drop it when they arrive).
 */
const threadPages = new ReadCache<{ items: ThreadRecord[]; nextCursor: string | null }>(2_000, 500);
export const forgetThreadLists = () => threadPages.invalidate();
onEveryInstance('message.changed', forgetThreadLists);
onEveryInstance('thread.changed', forgetThreadLists);

/** Threads as the viewer sees them: creators' names and the viewer's unread counts, one query each. */
async function threadViews(viewer: Viewer, threads: ThreadRecord[]): Promise<ThreadDto[]> {
  const [names, seqs] = await Promise.all([
    userNames(threads.map((t) => t.createdBy)),
    readSeqs(
      viewer?._id,
      threads.map((t) => t._id),
    ),
  ]);
  return threads.map((t) => presentThread(t, viewer, names, seqs.get(String(t._id)) ?? 0));
}

export const threadView = async (viewer: Viewer, thread: ThreadRecord): Promise<ThreadDto> =>
  (await threadViews(viewer, [thread]))[0]!;

/** Threads the viewer may read (of one subject, if asked), most recently active first. */
export async function listThreads(
  viewer: Viewer,
  q: z.infer<typeof ThreadListQuerySchema>,
): Promise<List<ThreadDto>> {
  const page = await threadPages.get(JSON.stringify([roleOf(viewer), q]), () => findThreads(viewer, q));
  return { items: await threadViews(viewer, page.items), nextCursor: page.nextCursor };
}

export async function readThread(viewer: Viewer, threadId: string): Promise<ThreadDto> {
  const { thread } = await readableThread(viewer, threadId);
  return threadView(viewer, thread);
}

/** People who may read the thread, by name prefix: the @ autocomplete of those who may post in it. */
export async function mentionable(
  viewer: Viewer,
  threadId: string,
  q: z.infer<typeof MentionableQuerySchema>,
): Promise<{ items: Mentionable[] }> {
  const { thread } = await readableThread(viewer, threadId);
  authorize(canPostInThread(viewer, thread), viewer);
  return { items: (await mentionableUsers(thread, q.q, q.limit)).map(presentMentionable) };
}

/** A thread a socket joins (read afresh: the join reports its last seq). */
export async function threadToJoin(
  viewer: Awaitable<Viewer>,
  threadId: string,
): Promise<{ lastSeq: number }> {
  const { thread } = await readableThread(viewer, threadId);
  return { lastSeq: thread.lastSeq };
}

/** Whether someone (with a new role) may still read a thread; a thread that cannot be read now: no. */
export function mayStillRead(viewer: Viewer, threadId: string, threads: ThreadCache): Promise<boolean> {
  return threads.get(threadId).then(
    (thread) => canReadThread(viewer, thread),
    () => false,
  );
}
