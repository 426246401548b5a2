import type { z } from 'zod';
import type { CreateThreadSchema, ThreadDto } from '@shared/schemas/thread';
import { authorize } from '../../policies/index';
import { canCreateThread, canLockThread, canReadThread } from '../../policies/thread';
import type { Actor } from '../actor';
import { markRead, openThread, setThreadLocked } from './threads';
import { readableThread, threadView } from './queries';

/**
 * Starts a thread, or opens the one thread of a subject (created on first use): `created` says
 * which happened.
 */
export async function startThread(
  actor: Actor,
  input: z.infer<typeof CreateThreadSchema>,
): Promise<{ thread: ThreadDto; created: boolean }> {
  authorize(canCreateThread(actor, input.visibility), actor);
  const { thread, created } = await openThread(input, actor);
  authorize(canReadThread(actor, thread), actor, { hide: 'Thread' });
  return { thread: await threadView(actor, thread), created };
}

/** Locks or unlocks a thread (hosts). */
export async function lockThread(actor: Actor, threadId: string, locked: boolean): Promise<ThreadDto> {
  const { thread } = await readableThread(actor, threadId);
  authorize(canLockThread(actor), actor);
  return threadView(actor, await setThreadLocked(thread, locked));
}

/** Moves the actor's read marker forward to a seq; answers their unread count. */
export async function markThreadRead(
  actor: Actor,
  threadId: string,
  seq: number,
): Promise<{ unread: number }> {
  const { thread } = await readableThread(actor, threadId);
  return { unread: await markRead(actor._id, thread, seq) };
}
