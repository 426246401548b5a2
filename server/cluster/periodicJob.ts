import type { Logger } from '../logger';
import { JobRun } from '../models/JobRun';
import { isDuplicateKey } from '../errors';
import { instanceId } from './instance';

export interface PeriodicJob {
  /** Names the job in claims and logs. */
  name: string;
  /** The job runs once per period (periods are counted from the Unix epoch). */
  periodMs: number;
  /** How often each instance tries to claim the current period (default: a tenth of the period). */
  checkEveryMs?: number;
  task: () => Promise<unknown>;
}

/**
 * Runs a job once per period across every instance and restart: at each check an instance tries to
 * insert the period's claim (`JobRun`), and only the one whose insert succeeds runs the task. A task
 * that fails gives its claim back, so a later check (here or elsewhere) runs it again. Claims older
 * than a week are deleted. Returns `runNow` (tests, start-up) and `stop`.
 */
export function schedulePeriodic(job: PeriodicJob, log: Logger) {
  let running: Promise<boolean> | null = null;
  const runNow = (now = Date.now()): Promise<boolean> => {
    running ??= claimAndRun(job, log, now).finally(() => (running = null));
    return running;
  };
  const timer = setInterval(
    () => void runNow().catch(() => undefined),
    job.checkEveryMs ?? Math.max(1_000, job.periodMs / 10),
  );
  timer.unref();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}

async function claimAndRun(job: PeriodicJob, log: Logger, now: number): Promise<boolean> {
  const _id = `${job.name}:${Math.floor(now / job.periodMs)}`;
  try {
    await JobRun.create({ _id, instance: instanceId, startedAt: new Date(now) });
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    log.warn({ err, job: job.name }, 'periodic job could not be claimed');
    return false;
  }
  try {
    await job.task();
    await JobRun.updateOne({ _id }, { $set: { finishedAt: new Date() } });
    await JobRun.deleteMany({ startedAt: { $lt: new Date(now - 7 * 24 * 3600_000) } });
    return true;
  } catch (err) {
    log.warn({ err, job: job.name }, 'periodic job failed; it will be tried again');
    await JobRun.deleteOne({ _id }).catch(() => undefined);
    return false;
  }
}
