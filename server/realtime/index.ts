import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type passport from 'passport';
import { Server, type Socket } from 'socket.io';
import {
  audienceRoom,
  threadRoom,
  userRoom,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@shared/realtime';
import { readableVisibilities, VISIBILITIES, type Role, type Visibility } from '@shared/roles';
import type { Logger } from '../logger';
import { registerPingHandlers } from './handlers/ping';
import { registerThreadHandlers } from './handlers/threads';
import { Presence } from './presence';
import { ViewerCache } from './viewerCache';
import { ThreadCache } from './threadCache';
import type { FloodGuard } from '../services/floodGuard';
import { appEvents, type EntityChange } from '../events';
import type { NotificationDto } from '@shared/schemas/notification';

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/** The audience rooms of a role: one per visibility it may read. */
const audienceRooms = (role: Role) => readableVisibilities(role).map(audienceRoom);

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents>;
/** What a socket keeps for the server's own use. */
export interface AppSocketData {
  /** Leaves the thread rooms a new role may not read (set by the thread handlers). */
  leaveUnreadableThreads?: (role: Role) => void;
}

export type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  AppSocketData
> & {
  request: IncomingMessage & { user?: Express.User };
};

export interface RealtimeDeps {
  session: RequestHandler;
  passport: typeof passport;
  log: Logger;
  /** PUBLIC_URL's origin, when set. */
  publicOrigin: string | null;
  flood: FloodGuard;
}

/**
 * Socket.IO on the app's HTTP server. The handshake runs the same session and passport
 * middleware as HTTP, so a socket is the signed-in user or is refused.
 */
export function createRealtime(
  httpServer: HttpServer,
  { session, passport, log, publicOrigin, flood }: RealtimeDeps,
): { io: AppServer; dispose(): void } {
  const io: AppServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    cors: { origin: false },
    // Browsers always send Origin on WebSocket and XHR handshakes: one from another site is refused, so a
    // page elsewhere cannot ride a member's cookie. (Non-browser clients send none and need the cookie.)
    allowRequest: (req, done) => {
      const origin = req.headers.origin;
      done(null, !origin || origin === publicOrigin || hostOf(origin) === req.headers.host);
    },
  });
  const engineUse = io.engine.use.bind(io.engine) as (mw: RequestHandler) => void;
  engineUse(session);
  engineUse(passport.initialize() as RequestHandler);
  engineUse(passport.session() as RequestHandler);

  io.use((socket, next) => {
    const user = (socket.request as AppSocket['request']).user;
    if (!user || user.status !== 'active') return next(new Error('unauthenticated'));
    next();
  });

  const presence = new Presence();
  const viewers = new ViewerCache();
  const threads = new ThreadCache();
  const forgetThread = (threadId: string) => threads.invalidate(threadId);
  appEvents.on('thread.changed', forgetThread);
  // A thread whose subject became more restricted: sockets outside its new audience leave its room.
  const narrowThread = ({ threadId, visibility }: { threadId: string; visibility: Visibility }) =>
    io.in(threadRoom(threadId)).except(audienceRoom(visibility)).socketsLeave(threadRoom(threadId));
  appEvents.on('thread.audience-changed', narrowThread);
  io.on('connection', (raw) => {
    const socket = raw as AppSocket;
    const user = socket.request.user!;
    void socket.join([userRoom(String(user._id)), ...audienceRooms(user.role)]);
    registerPingHandlers(socket);
    registerThreadHandlers(io, socket, presence, flood, viewers, threads);
    socket.on('error', (err) => log.warn({ err }, 'socket error'));
  });
  // Suspension or a password reset ends every session: cut that user's sockets off at once.
  const revoke = (userId: string) => {
    viewers.invalidate(userId);
    io.to(userRoom(userId)).emit('session:ended', {
      reason: 'Your session has ended. Please sign in again.',
    });
    io.in(userRoom(userId)).disconnectSockets(true);
  };
  appEvents.on('user.sessions-revoked', revoke);
  // A new role reads other visibilities: move that user's sockets to the new role's audiences, and
  // out of the thread rooms it may no longer read (their broadcasts would reach it otherwise).
  const moveAudiences = (userId: string, role: Role) => {
    viewers.invalidate(userId);
    io.in(userRoom(userId)).socketsLeave(VISIBILITIES.map(audienceRoom));
    io.in(userRoom(userId)).socketsJoin(audienceRooms(role));
    for (const id of io.sockets.adapter.rooms.get(userRoom(userId)) ?? []) {
      (io.sockets.sockets.get(id) as AppSocket | undefined)?.data.leaveUnreadableThreads?.(role);
    }
  };
  appEvents.on('user.role-changed', moveAudiences);
  // Open pages refresh. Only the readers of the item's visibility hear of it, and only {kind, id}.
  // (A socket in several of the rooms gets the event once.)
  const announce = ({ kind, id, visibilities }: EntityChange) => {
    if (visibilities.length) io.to(visibilities.map(audienceRoom)).emit('entity:changed', { kind, id });
  };
  appEvents.on('entity.changed', announce);
  // The one place message changes reach sockets, after the write succeeded.
  const broadcast = ({
    kind,
    message,
  }: {
    kind: 'new' | 'updated' | 'deleted';
    message: Parameters<ServerToClientEvents['message:new']>[0];
  }) => {
    io.to(threadRoom(message.threadId)).emit(`message:${kind}`, message);
  };
  appEvents.on('message.changed', broadcast);
  const deliver = ({ recipientId, notification }: { recipientId: string; notification: NotificationDto }) => {
    io.to(userRoom(recipientId)).emit('notification:new', notification);
  };
  appEvents.on('notification.created', deliver);
  return {
    io,
    dispose: () => {
      appEvents.off('user.sessions-revoked', revoke);
      appEvents.off('thread.changed', forgetThread);
      appEvents.off('thread.audience-changed', narrowThread);
      appEvents.off('user.role-changed', moveAudiences);
      appEvents.off('entity.changed', announce);
      appEvents.off('message.changed', broadcast);
      appEvents.off('notification.created', deliver);
    },
  };
}
