import { audienceRoom, threadRoom, userRoom, type ServerToClientEvents } from '@shared/realtime';
import { readableVisibilities, VISIBILITIES, type Role, type Visibility } from '@shared/roles';
import type { BroadcastOperator } from 'socket.io';
import type { Logger } from '../logger';
import { appEvents, onEveryInstance, type AppEvents, type EntityChange } from '../events';
import type { AppServer, AppSocket, AppSocketData } from './types';
import type { ViewerCache } from './viewerCache';
import type { ThreadCache } from '../features/discussions/threadCache';
import { leaveUnreadableThreads } from './handlers/threads';
import { SESSION_ENDED, sessionIdOf, sessionRoom, setSessionIdOf } from './socketSessions';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { createdNotificationIn } from '../features/notifications/queries';
import { languageRoom } from './socketLanguage';

/** The audience rooms of a role: one per visibility it may read. */
export const audienceRooms = (role: Role) => readableVisibilities(role).map(audienceRoom);

/** Tells the sockets their session ended, and cuts them off. */
const endSessions = (sockets: BroadcastOperator<ServerToClientEvents, AppSocketData>) => {
  sockets.emit('session:ended', { reason: SESSION_ENDED });
  sockets.disconnectSockets(true);
};

/**
 * Where domain events reach sockets. Two kinds of listener:
 * - on `appEvents` (where the write happened), acting through `io.to/in(...)`: the Socket.IO adapter
 *   carries the broadcast or the room change to every instance, once, and keeps it for connection
 *   recovery;
 * - `onEveryInstance` (relayed through Redis from other instances too), for this process's own state:
 *   its caches and its local sockets' per-socket checks.
 */
export function wireDomainEvents(
  io: AppServer,
  { viewers, threads, log }: { viewers: ViewerCache; threads: ThreadCache; log: Logger },
): () => void {
  const offs: (() => void)[] = [];
  const on = <K extends keyof AppEvents>(name: K, listener: (...args: AppEvents[K]) => void) => {
    (appEvents.on as (n: K, l: typeof listener) => void)(name, listener);
    offs.push(() => (appEvents.off as (n: K, l: typeof listener) => void)(name, listener));
  };
  const localSocketsOf = (userId: string) =>
    [...(io.sockets.adapter.rooms.get(userRoom(userId)) ?? [])]
      .map((id) => io.sockets.sockets.get(id) as AppSocket | undefined)
      .filter((s): s is AppSocket => !!s);

  // Caches of this process.
  offs.push(onEveryInstance('thread.changed', (threadId) => threads.invalidate(threadId)));
  offs.push(onEveryInstance('user.sessions-revoked', (userId) => viewers.invalidate(userId)));
  offs.push(
    onEveryInstance('user.role-changed', (userId, role) => {
      viewers.invalidate(userId);
      // Rooms of threads the new role may not read are left at once (each instance its own sockets).
      localSocketsOf(userId).forEach((s) => leaveUnreadableThreads(io, s, threads, role, log));
    }),
  );

  // Suspension or a password reset ends every session: cut that user's sockets off at once.
  on('user.sessions-revoked', (userId) => endSessions(io.in(userRoom(userId))));
  // A sign-out ends one session: cut its sockets off (the user's other sessions stay).
  on('session.ended', (sessionId) => endSessions(io.in(sessionRoom(sessionId))));
  // A password change ends every session but the changer's, which was given a new id: its sockets
  // here move to that id and stay; every other socket of the user is cut off. (The kept session's
  // sockets on other instances cannot be moved from here — session ids are not sent to other
  // instances — so they are disconnected without being told the session ended, and reconnect.)
  on('user.other-sessions-revoked', (userId, { from, to }) => {
    viewers.invalidate(userId);
    if (to) {
      for (const socket of localSocketsOf(userId)) {
        if (sessionIdOf(socket) !== from) continue;
        setSessionIdOf(socket, to);
        void socket.leave(sessionRoom(from));
        void socket.join(sessionRoom(to));
      }
    }
    const others = io.in(userRoom(userId)).except(to ? sessionRoom(to) : []);
    others.except(sessionRoom(from)).emit('session:ended', { reason: SESSION_ENDED });
    others.disconnectSockets(true);
  });
  // A new role reads other visibilities: move that user's sockets to the new role's audiences.
  on('user.role-changed', (userId, role) => {
    io.in(userRoom(userId)).socketsLeave(VISIBILITIES.map(audienceRoom));
    io.in(userRoom(userId)).socketsJoin(audienceRooms(role));
  });
  // A thread whose subject became more restricted: sockets outside its new audience leave its room.
  on('thread.audience-changed', ({ threadId, visibility }: { threadId: string; visibility: Visibility }) =>
    io.in(threadRoom(threadId)).except(audienceRoom(visibility)).socketsLeave(threadRoom(threadId)),
  );
  // Open pages refresh. Only the readers of the item's visibility hear of it, and only {kind, id}.
  // (A socket in several of the rooms gets the event once.)
  on('entity.changed', ({ kind, id, visibilities }: EntityChange) => {
    if (visibilities.length) io.to(visibilities.map(audienceRoom)).emit('entity:changed', { kind, id });
  });
  // The one place message changes reach sockets, after the write succeeded.
  on('message.changed', ({ kind, message }) =>
    io.to(threadRoom(message.threadId)).emit(`message:${kind}`, message),
  );
  // A notification reaches the recipient's sockets in their language: the account's when they chose
  // one, else each socket's own (the handshake's cookie or Accept-Language: its language room).
  on('notification.created', (created) => {
    const { recipientId, language } = created;
    const sockets = io.to(userRoom(recipientId));
    const inLanguage = (l: Language) => createdNotificationIn(created, l);
    if (language) return void sockets.emit('notification:new', inLanguage(language));
    for (const l of LANGUAGES)
      sockets
        .except(LANGUAGES.filter((other) => other !== l).map(languageRoom))
        .emit('notification:new', inLanguage(l));
  });
  return () => offs.forEach((off) => off());
}
