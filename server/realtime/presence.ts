import { threadRoom, type PresenceUser } from '@shared/realtime';
import type { Logger } from '../logger';
import type { AppServer } from './types';

/**
 * Who is viewing a thread right now, across every instance: the users of the sockets in its room
 * (a user with two tabs open counts once). With several instances this asks the others through the
 * Socket.IO adapter; one that does not answer in time (it just died) is left out rather than waited for.
 */
async function presenceIn(io: AppServer, threadId: string, log: Logger): Promise<PresenceUser[]> {
  const room = threadRoom(threadId);
  const sockets = await io
    .in(room)
    .fetchSockets()
    .catch((err: unknown) => {
      log.debug({ err, threadId }, 'presence: an instance did not answer; showing this one’s');
      return io.local.in(room).fetchSockets();
    });
  const users = new Map<string, string>();
  for (const s of sockets) if (s.data.userId) users.set(s.data.userId, s.data.name ?? '');
  return [...users].map(([id, name]) => ({ id, name }));
}

/** Tells a thread's room who is viewing it now. */
export async function announcePresence(
  io: AppServer,
  threadId: string,
  log: Logger,
): Promise<PresenceUser[]> {
  const users = await presenceIn(io, threadId, log);
  io.to(threadRoom(threadId)).emit('presence', { threadId, users });
  return users;
}
