import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/realtime';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client that carries the given session cookie (or none). */
export function openSocket(url: string, cookie?: string): TestSocket {
  return connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: cookie ? { Cookie: cookie } : {},
  });
}

/** Resolves when connected, rejects with the server's reason when refused. */
export function connected(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(err));
  });
}

/** The session cookie an agent holds after signing in. */
export function sessionCookie(setCookie: string[] | string | undefined): string {
  const c = ([] as string[]).concat(setCookie ?? []).find((x) => x.startsWith('cw.sid='));
  if (!c) throw new Error('no session cookie');
  return c.split(';')[0]!;
}
