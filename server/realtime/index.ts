import type { Server as HttpServer } from 'node:http';
import type { RequestHandler } from 'express';
import type passport from 'passport';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { audienceRoom, userRoom } from '@shared/realtime';
import type { Logger } from '../logger';
import { registerPingHandlers } from './handlers/ping';
import { joinedThreads, leaveUnreadableThreads, registerThreadHandlers } from './handlers/threads';
import { VISIBILITIES } from '@shared/roles';
import { announcePresence } from './presence';
import { ViewerCache } from './viewerCache';
import { ThreadCache } from '../features/discussions/threadCache';
import type { FloodGuard } from '../features/discussions/floodGuard';
import { audienceRooms, wireDomainEvents } from './domainEvents';
import { guardEvents, sessionRoom, setSessionIdOf } from './socketSessions';
import { languageRoom, socketLanguage } from './socketLanguage';
import type { AppServer, AppSocket } from './types';

export type { AppServer } from './types';

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/** How long a dropped connection's rooms and missed events are kept for it to recover them. */
const RECOVERY_MS = 2 * 60_000;

export interface RealtimeDeps {
  session: RequestHandler;
  passport: typeof passport;
  log: Logger;
  /** PUBLIC_URL's origin, when set. */
  publicOrigin: string | null;
  flood: FloodGuard;
  /** With Redis, rooms and broadcasts span every instance (the Redis streams adapter). */
  redis: Redis | null;
}

/**
 * Socket.IO on the app's HTTP server. The handshake runs the same session and passport
 * middleware as HTTP, so a socket is the signed-in user or is refused.
 */
export function createRealtime(
  httpServer: HttpServer,
  { session, passport, log, publicOrigin, flood, redis }: RealtimeDeps,
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
    // A connection that dropped (a network blip, or its instance died) gets its rooms and the events it
    // missed back when it reconnects, on any instance; the session is checked again all the same.
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_MS, skipMiddlewares: false },
    ...(redis ? { adapter: createAdapter(redis, { maxLen: 10_000 }) } : {}),
  });
  const engineUse = io.engine.use.bind(io.engine) as (mw: RequestHandler) => void;
  engineUse(session);
  engineUse(passport.initialize() as RequestHandler);
  engineUse(passport.session() as RequestHandler);

  io.use((raw, next) => {
    const socket = raw as AppSocket;
    const { user, sessionID } = socket.request;
    if (!user || user.status !== 'active' || !sessionID) return next(new Error('unauthenticated'));
    setSessionIdOf(socket, sessionID);
    socket.data.userId = String(user._id);
    socket.data.name = user.name;
    next();
  });

  const viewers = new ViewerCache();
  const threads = new ThreadCache();
  const unwire = wireDomainEvents(io, { viewers, threads, log });
  io.on('connection', (raw) => {
    const socket = raw as AppSocket;
    const user = socket.request.user!;
    // A recovered socket gets its rooms back; those its account may no longer have are left again.
    if (socket.recovered) {
      VISIBILITIES.forEach((v) => void socket.leave(audienceRoom(v)));
      leaveUnreadableThreads(io, socket, threads, user.role, log);
    }
    void socket.join([
      userRoom(String(user._id)),
      sessionRoom(socket.request.sessionID!),
      ...audienceRooms(user.role),
      languageRoom(socketLanguage(socket.request)),
    ]);
    guardEvents(socket, log);
    registerPingHandlers(socket, log);
    registerThreadHandlers(io, socket, { flood, viewers, threads, log });
    if (socket.recovered)
      joinedThreads(socket).forEach((id) => void announcePresence(io, id, log).catch(() => undefined));
    socket.on('error', (err) => log.warn({ err }, 'socket error'));
  });
  return { io, dispose: unwire };
}
