import type { IncomingMessage } from 'node:http';
import type { Store } from 'express-session';
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/realtime';

/**
 * What a socket keeps for the server's own use: plain data, which the adapter stores for connection
 * recovery and shows other instances (presence).
 */
export interface AppSocketData {
  userId?: string;
  name?: string;
}

/** The Socket.IO server, its events typed by the registry in shared/realtime. */
export type AppServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  AppSocketData
>;

export type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  AppSocketData
> & {
  request: IncomingMessage & { user?: Express.User; sessionID?: string; sessionStore?: Store };
};
