import { threadRoom } from '@shared/realtime';
import type { Role } from '@shared/roles';
import type { ViewerCache } from '../viewerCache';
import type { ThreadCache } from '../../features/discussions/threadCache';
import type { FloodGuard } from '../../features/discussions/floodGuard';
import { mayStillRead, threadToJoin } from '../../features/discussions/queries';
import { resyncMessages } from '../../features/discussions/messageQueries';
import { deleteMessage, editMessage, sendMessage } from '../../features/discussions/messageCommands';
import type { AppServer, AppSocket } from '../types';
import { announcePresence } from '../presence';
import { eventRegistrar } from '../safeHandler';
import { socketLanguage } from '../socketLanguage';
import type { Logger } from '../../logger';

const THREAD_ROOM_PREFIX = threadRoom('');
/** The threads a socket has joined: its thread rooms (restored with it after a reconnection). */
export const joinedThreads = (socket: AppSocket) =>
  [...socket.rooms]
    .filter((r) => r.startsWith(THREAD_ROOM_PREFIX))
    .map((r) => r.slice(THREAD_ROOM_PREFIX.length));

/** After a role change: leaves the rooms of the threads the new role may not read. */
export function leaveUnreadableThreads(
  io: AppServer,
  socket: AppSocket,
  threads: ThreadCache,
  role: Role,
  log: Logger,
) {
  const asRole = { ...socket.request.user!, role };
  for (const threadId of joinedThreads(socket)) {
    void mayStillRead(asRole, threadId, threads).then(
      (readable) => !readable && leaveThread(io, socket, threadId, log),
    );
  }
}

function leaveThread(io: AppServer, socket: AppSocket, threadId: string, log: Logger) {
  if (!socket.rooms.has(threadRoom(threadId))) return;
  void socket.leave(threadRoom(threadId));
  void announcePresence(io, threadId, log).catch(() => undefined);
}

export interface ThreadHandlerDeps {
  flood: FloodGuard;
  viewers: ViewerCache;
  threads: ThreadCache;
  log: Logger;
}

/**
 * Thread events: each one calls the discussions feature's queries and commands, the same as the
 * HTTP routes, with the user's current account (see ViewerCache: a role change or suspension applies
 * at once) and this process's cache of thread records. Broadcasts of new, edited and deleted messages
 * are sent from one place (realtime/domainEvents.ts) after the write succeeded.
 */
export function registerThreadHandlers(
  io: AppServer,
  socket: AppSocket,
  { flood, viewers, threads, log }: ThreadHandlerDeps,
) {
  const viewer = viewers.forSocket(String(socket.request.user!._id));
  // Acknowledgement errors in the user's language: the account's as last read, else the handshake's.
  const languageOf = () =>
    viewer().then(
      (user) => socketLanguage(socket.request, user),
      () => socketLanguage(socket.request),
    );
  const on = eventRegistrar(socket, { languageOf, log });

  on('thread:join', async ({ threadId }) => {
    const { lastSeq } = await threadToJoin(viewer(), threadId);
    await socket.join(threadRoom(threadId));
    const users = await announcePresence(io, threadId, log);
    return { lastSeq, presence: users };
  });

  on('thread:leave', async ({ threadId }) => {
    leaveThread(io, socket, threadId, log);
    return {};
  });

  on('message:send', async ({ threadId, ...input }) => {
    const { message } = await sendMessage(viewer(), threadId, input, { flood, threads });
    return { message };
  });

  on('message:edit', async ({ messageId, body }) => ({
    message: await editMessage(viewer(), messageId, body, { threads, hide: 'Thread' }),
  }));

  on('message:delete', async ({ messageId }) => ({
    message: await deleteMessage(viewer(), messageId, { threads, hide: 'Thread' }),
  }));

  on('thread:resync', async ({ threadId, afterSeq }) => ({
    messages: await resyncMessages(viewer(), threadId, afterSeq, threads),
  }));

  on('typing', async ({ threadId }) => {
    // Only in a joined thread (a socket that lost the thread's audience has left its room).
    if (!socket.rooms.has(threadRoom(threadId))) return {};
    const user = socket.request.user!;
    socket
      .to(threadRoom(threadId))
      .emit('typing', { threadId, user: { id: String(user._id), name: user.name } });
    return {};
  });

  // The rooms are gone by 'disconnect': note them now, and tell those threads once the socket has left.
  socket.on('disconnecting', () => {
    const left = joinedThreads(socket);
    setImmediate(() => left.forEach((id) => void announcePresence(io, id, log).catch(() => undefined)));
  });
}
