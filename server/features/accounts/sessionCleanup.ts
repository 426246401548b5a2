import mongoose from 'mongoose';
import type { Logger } from '../../logger';
import { schedulePeriodic } from '../../cluster/periodicJob';

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

/**
 * Runs removeExpiredSessions once every `everyMs` across all instances (a periodic job: one instance
 * claims each period); failures are logged and the period is tried again.
 */
export function startSessionCleanup(log: Logger, everyMs = TEN_MINUTES): { stop(): Promise<void> } {
  const job = schedulePeriodic(
    {
      name: 'session-cleanup',
      periodMs: everyMs,
      task: async () => log.debug({ removed: await removeExpiredSessions() }, 'expired sessions removed'),
    },
    log,
  );
  return { stop: () => job.stop() };
}
