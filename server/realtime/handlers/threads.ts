import {
  CatchupEventSchema,
  DeleteMessageEventSchema,
  EditMessageEventSchema,
  SendMessageEventSchema,
  ThreadRefSchema,
  threadRoom,
} from '@shared/realtime';
import { authorize } from '../../policies';
import { canDeleteMessage, canEditMessage, canPostInThread, canReadThread } from '../../policies/thread';
import type { ViewerCache } from '../viewerCache';
import type { ThreadCache } from '../threadCache';
import { loadThread } from '../../features/discussions/threads';
import { deleteMessage, editMessage, listMessages, loadMessage, postMessage } from '../../features/discussions/messages';
import type { FloodGuard } from '../../features/discussions/floodGuard';
import type { AppServer, AppSocket } from '../index';
import { announcePresence } from '../presence';
import { safeHandler as safeHandlerIn } from '../safeHandler';
import { socketLanguage } from '../socketLanguage';
import type { Logger } from '../../logger';
import type { Role } from '@shared/roles';

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
    threads.get(threadId).then(
      (thread) => !canReadThread(asRole, thread) && leaveThread(io, socket, threadId, log),
      () => leaveThread(io, socket, threadId, log),
    );
  }
}

function leaveThread(io: AppServer, socket: AppSocket, threadId: string, log: Logger) {
  if (!socket.rooms.has(threadRoom(threadId))) return;
  void socket.leave(threadRoom(threadId));
  void announcePresence(io, threadId, log).catch(() => undefined);
}

/**
 * Thread events. Every event checks the user's current account (see ViewerCache: a role change or
 * suspension applies at once) against the same policy as the HTTP routes. Broadcasts of new, edited and deleted messages are
 * sent from one place (realtime/index.ts) after the write succeeded.
 */
export function registerThreadHandlers(
  io: AppServer,
  socket: AppSocket,
  flood: FloodGuard,
  viewers: ViewerCache,
  threads: ThreadCache,
  log: Logger,
) {
  const viewer = viewers.forSocket(String(socket.request.user!._id));
  // Acknowledgement errors in the user's language: the account's as last read, else the handshake's.
  const languageOf = () =>
    viewer().then(
      (user) => socketLanguage(socket.request, user),
      () => socketLanguage(socket.request),
    );
  const safeHandler: typeof safeHandlerIn = (schema, handler) => safeHandlerIn(schema, handler, languageOf);
  const readableThread = async (threadId: string, fresh = false) => {
    // Both reads at once (when they are not cached): neither depends on the other.
    const [user, thread] = await Promise.all([
      viewer(),
      fresh ? loadThread(threadId) : threads.get(threadId),
    ]);
    authorize(canReadThread(user, thread), user, { hide: 'Thread' });
    return { user, thread };
  };

  socket.on(
    'thread:join',
    safeHandler(ThreadRefSchema, async ({ threadId }) => {
      const { thread } = await readableThread(threadId, true);
      await socket.join(threadRoom(threadId));
      const users = await announcePresence(io, threadId, log);
      return { lastSeq: thread.lastSeq, presence: users };
    }),
  );

  socket.on(
    'thread:leave',
    safeHandler(ThreadRefSchema, async ({ threadId }) => {
      leaveThread(io, socket, threadId, log);
      return {};
    }),
  );

  socket.on(
    'message:send',
    safeHandler(SendMessageEventSchema, async ({ threadId, ...input }) => {
      const { user, thread } = await readableThread(threadId);
      authorize(canPostInThread(user, { ...thread, locked: false }), user);
      await flood.check(String(user._id));
      const { message } = await postMessage(thread, user, input);
      return { message };
    }),
  );

  socket.on(
    'message:edit',
    safeHandler(EditMessageEventSchema, async ({ messageId, body }) => {
      const message = await loadMessage(messageId);
      const { user, thread } = await readableThread(String(message.threadId));
      authorize(canEditMessage(user, thread, String(message.authorId)), user);
      return { message: await editMessage(message, body) };
    }),
  );

  socket.on(
    'message:delete',
    safeHandler(DeleteMessageEventSchema, async ({ messageId }) => {
      const message = await loadMessage(messageId);
      const { user, thread } = await readableThread(String(message.threadId));
      authorize(canDeleteMessage(user, thread, String(message.authorId)), user);
      return { message: await deleteMessage(message) };
    }),
  );

  socket.on(
    'thread:catchup',
    safeHandler(CatchupEventSchema, async ({ threadId, afterSeq }) => {
      const { thread } = await readableThread(threadId);
      return { messages: await listMessages(thread._id, { after: afterSeq, limit: 500 }) };
    }),
  );

  socket.on(
    'typing',
    safeHandler(ThreadRefSchema, async ({ threadId }) => {
      // Only in a joined thread (a socket that lost the thread's audience has left its room).
      if (!socket.rooms.has(threadRoom(threadId))) return {};
      const user = socket.request.user!;
      socket
        .to(threadRoom(threadId))
        .emit('typing', { threadId, user: { id: String(user._id), name: user.name } });
      return {};
    }),
  );

  // The rooms are gone by 'disconnect': note them now, and tell those threads once the socket has left.
  socket.on('disconnecting', () => {
    const left = joinedThreads(socket);
    setImmediate(() => left.forEach((id) => void announcePresence(io, id, log).catch(() => undefined)));
  });
}
