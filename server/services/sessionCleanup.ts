import mongoose from 'mongoose';
import type { Logger } from '../logger';

export const SESSIONS_COLLECTION = 'sessions';
const TEN_MINUTES = 10 * 60_000;

/**
 * Deletes the sessions whose `expires` has passed, as an acknowledged write, and resolves to how
 * many went. (connect-mongo's own interval job sends this delete with `w: 0`; FerretDB answers it
 * anyway and the stray reply is then read as the answer to the next command on that connection.)
 */
export async function removeExpiredSessions(now = new Date()): Promise<number> {
  const result = await mongoose.connection
    .collection(SESSIONS_COLLECTION)
    .deleteMany({ expires: { $lt: now } });
  return result.deletedCount;
}

/** Runs removeExpiredSessions every `everyMs` (never two at once); failures are logged, not thrown. */
export function startSessionCleanup(log: Logger, everyMs = TEN_MINUTES): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    removeExpiredSessions()
      .then(
        (removed) => log.debug({ removed }, 'expired sessions removed'),
        (err: unknown) => log.warn({ err }, 'expired sessions could not be removed'),
      )
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
