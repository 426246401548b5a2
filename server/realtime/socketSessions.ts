import { createHash } from 'node:crypto';
import type { SessionData, Store } from 'express-session';
import type { Logger } from '../logger';
import { accountCache, sessionHolds } from '../features/accounts/accountCache';
import { DomainError, databaseDomainError, localize } from '../errors';
import { socketLanguage } from './socketLanguage';
import type { AppSocket } from './types';

export const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/**
 * The room of one session's sockets. Named by a hash of the session id, so that the id (a bearer
 * secret once signed) never travels to a Socket.IO adapter.
 */
export const sessionRoom = (sessionId: string) =>
  `session:${createHash('sha256').update(sessionId).digest('base64url').slice(0, 22)}`;

/**
 * The session each socket belongs to: set at the handshake, moved when a password change renews it.
 * Kept beside the socket, not in `socket.data`, which the adapter stores for connection recovery.
 */
const sessionIds = new WeakMap<AppSocket, string>();
export const sessionIdOf = (socket: AppSocket) => sessionIds.get(socket);
export const setSessionIdOf = (socket: AppSocket, sessionId: string) =>
  void sessionIds.set(socket, sessionId);

/** The session as the store holds it now (null once signed out or expired). */
const storedSession = (store: Store, sessionId: string) =>
  new Promise<(SessionData & { passport?: { user?: { id?: unknown; v?: unknown } } }) | null>(
    (resolve, reject) => store.get(sessionId, (err, sess) => (err ? reject(err) : resolve(sess ?? null))),
  );

/**
 * Whether the socket's session still holds: it is still in the store, still the socket's user's, and
 * its version is the account's (`sessionHolds`, the rule HTTP requests are held to). Both reads are
 * the caches HTTP uses (a sign-out, password change or suspension in this process applies at once,
 * one elsewhere within two seconds), so this costs no database round trip most of the time.
 */
async function sessionStillHolds(socket: AppSocket): Promise<boolean> {
  const sessionId = sessionIdOf(socket);
  const { sessionStore, user } = socket.request;
  if (!sessionId || !sessionStore || !user) return false;
  const userId = String(user._id);
  const [sess, account] = await Promise.all([
    storedSession(sessionStore, sessionId),
    accountCache.get(userId),
  ]);
  const signedIn = sess?.passport?.user;
  return signedIn?.id === userId && sessionHolds(account, signedIn.v);
}

/**
 * Every event first checks that the socket's session still holds (see sessionStillHolds), so a
 * socket that missed the broadcast cutting it off (a sign-out, password change or suspension) is
 * refused with `unauthenticated` and disconnected. Checks run one after another per socket, so
 * events are handled in the order they came.
 */
export function guardEvents(socket: AppSocket, log: Logger) {
  let queue: Promise<unknown> = Promise.resolve();
  socket.use((packet, next) => {
    const last: unknown = packet[packet.length - 1];
    const ack = typeof last === 'function' ? (last as (res: object) => void) : () => undefined;
    // Refusals in the user's language (the account's as at the handshake, else the handshake's).
    const say = (text: Parameters<typeof localize>[1]) => localize(socketLanguage(socket.request), text);
    queue = queue
      .then(() => socket.connected && sessionStillHolds(socket))
      .then(
        (holds) => {
          if (holds) return next();
          ack({ ok: false, error: 'unauthenticated', message: say(SESSION_ENDED) });
          if (!socket.connected) return;
          socket.emit('session:ended', { reason: say(SESSION_ENDED) });
          socket.disconnect(true);
        },
        (thrown: unknown) => {
          const err = databaseDomainError(thrown) ?? thrown;
          if (err instanceof DomainError) return ack({ ok: false, error: err.code, message: say(err.text) });
          log.error({ err }, 'socket session check failed');
          ack({ ok: false, error: 'internal', message: say('Something went wrong on our side') });
        },
      );
  });
}
