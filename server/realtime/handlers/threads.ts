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
import { loadThread } from '../../services/threads';
import { deleteMessage, editMessage, listMessages, loadMessage, postMessage } from '../../services/messages';
import type { FloodGuard } from '../../services/floodGuard';
import type { AppServer, AppSocket } from '../index';
import type { Presence } from '../presence';
import { safeHandler } from '../safeHandler';

/**
 * Thread events. Every event checks the user's current account (see ViewerCache: a role change or
 * suspension applies at once) against the same policy as the HTTP routes. Broadcasts of new, edited and deleted messages are
 * sent from one place (realtime/index.ts) after the write succeeded.
 */
export function registerThreadHandlers(
  io: AppServer,
  socket: AppSocket,
  presence: Presence,
  flood: FloodGuard,
  viewers: ViewerCache,
  threads: ThreadCache,
) {
  const joined = new Set<string>();
  const viewer = viewers.forSocket(String(socket.request.user!._id));
  const readableThread = async (threadId: string, fresh = false) => {
    // Both reads at once (when they are not cached): neither depends on the other.
    const [user, thread] = await Promise.all([
      viewer(),
      fresh ? loadThread(threadId) : threads.get(threadId),
    ]);
    authorize(canReadThread(user, thread), user, { hide: 'Thread' });
    return { user, thread };
  };
  const leave = (threadId: string) => {
    if (!joined.delete(threadId)) return;
    void socket.leave(threadRoom(threadId));
    io.to(threadRoom(threadId)).emit('presence', {
      threadId,
      users: presence.remove(threadId, String(socket.request.user!._id)),
    });
  };
  // After a role change (realtime/index.ts): rooms of threads the new role may not read are left at
  // once, so their broadcasts stop reaching this socket.
  socket.data.leaveUnreadableThreads = (role) => {
    const asRole = { ...socket.request.user!, role };
    for (const threadId of joined) {
      threads.get(threadId).then(
        (thread) => !canReadThread(asRole, thread) && leave(threadId),
        () => leave(threadId),
      );
    }
  };

  socket.on(
    'thread:join',
    safeHandler(ThreadRefSchema, async ({ threadId }) => {
      const { user, thread } = await readableThread(threadId, true);
      if (!joined.has(threadId)) {
        joined.add(threadId);
        await socket.join(threadRoom(threadId));
        const users = presence.add(threadId, { id: String(user._id), name: user.name });
        socket.to(threadRoom(threadId)).emit('presence', { threadId, users });
      }
      return { lastSeq: thread.lastSeq, presence: presence.list(threadId) };
    }),
  );

  socket.on(
    'thread:leave',
    safeHandler(ThreadRefSchema, async ({ threadId }) => {
      leave(threadId);
      return {};
    }),
  );

  socket.on(
    'message:send',
    safeHandler(SendMessageEventSchema, async ({ threadId, ...input }) => {
      const { user, thread } = await readableThread(threadId);
      authorize(canPostInThread(user, { ...thread, locked: false }), user);
      flood.check(String(user._id));
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
      // In the room, not just joined: a socket that lost the thread's audience has left its room.
      if (!joined.has(threadId) || !socket.rooms.has(threadRoom(threadId))) return {};
      const user = socket.request.user!;
      socket
        .to(threadRoom(threadId))
        .emit('typing', { threadId, user: { id: String(user._id), name: user.name } });
      return {};
    }),
  );

  socket.on('disconnect', () => [...joined].forEach(leave));
}
