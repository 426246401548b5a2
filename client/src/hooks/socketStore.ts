import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, EntityChanged, ServerToClientEvents } from '@shared/realtime';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'connected' | 'reconnecting' | 'offline';

export interface SocketSnapshot {
  socket: AppSocket | null;
  state: ConnectionState;
}

export interface SocketHandlers {
  onEntityChanged: (payload: EntityChanged) => void;
  /** The server ended this session (e.g. password changed elsewhere, account suspended). */
  onSessionEnded: () => void;
  /** The server refused or dropped the socket: ask /api/auth/me whether we are still signed in. */
  recheckSession: () => void;
}

/**
 * The app's single Socket.IO connection, kept outside React so every component shares it.
 * React reads it through useSyncExternalStore (see useSocket). The Socket.IO client and the
 * realtime schemas load when a signed-in user's connection opens: anonymous visitors never load them.
 */
let snapshot: SocketSnapshot = { socket: null, state: 'offline' };
let ownerId: string | null = null;
/** Bumped by every open and close: a connection whose code arrives after a newer call is dropped. */
let generation = 0;
const realtimeCode = () => Promise.all([import('socket.io-client'), import('@shared/realtime')]);
let detach: (() => void) | null = null;
const listeners = new Set<() => void>();

function publish(next: Partial<SocketSnapshot>) {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

/** 'offline' when the browser has no network, 'reconnecting' while socket.io keeps trying. */
function disconnectedState(socket: AppSocket): ConnectionState {
  return socket.active && navigator.onLine ? 'reconnecting' : 'offline';
}

export const socketStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  getSnapshot(): SocketSnapshot {
    return snapshot;
  },

  /** Opens the connection for this user; a no-op when it is already open (or opening) for them. */
  open(userId: string, handlers: SocketHandlers): void {
    if (ownerId === userId) return;
    socketStore.close();
    ownerId = userId;
    const mine = ++generation;
    void realtimeCode().then(([{ io }, { SERVER_EVENTS }]) => {
      if (mine !== generation) return;
      const socket: AppSocket = io({ path: '/socket.io', withCredentials: true, forceNew: true });

      socket.on('connect', () => publish({ state: 'connected' }));
      socket.on('disconnect', (reason) => {
        if (reason === 'io server disconnect') handlers.recheckSession();
        publish({ state: reason === 'io client disconnect' ? 'offline' : disconnectedState(socket) });
      });
      socket.on('connect_error', (err) => {
        if (err.message === 'unauthenticated') handlers.recheckSession();
        publish({ state: disconnectedState(socket) });
      });
      socket.on('session:ended', () => handlers.onSessionEnded());
      socket.on('entity:changed', (payload) => {
        // Types are not validation: check the payload before acting on it.
        const parsed = SERVER_EVENTS['entity:changed'].safeParse(payload);
        if (parsed.success) handlers.onEntityChanged(parsed.data);
      });

      const onNetworkChange = () => {
        if (socket.connected) return;
        if (navigator.onLine && !socket.active) socket.connect();
        publish({ state: disconnectedState(socket) });
      };
      window.addEventListener('online', onNetworkChange);
      window.addEventListener('offline', onNetworkChange);
      detach = () => {
        window.removeEventListener('online', onNetworkChange);
        window.removeEventListener('offline', onNetworkChange);
        socket.removeAllListeners();
        socket.disconnect();
      };
      publish({ socket, state: 'offline' });
    });
  },

  /** Closes the connection (sign-out, session ended). */
  close(): void {
    generation++;
    ownerId = null;
    if (!snapshot.socket) return;
    detach?.();
    detach = null;
    publish({ socket: null, state: 'offline' });
  },
};
