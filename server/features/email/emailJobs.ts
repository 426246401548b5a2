import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { schedulePeriodic } from '../../cluster/periodicJob';
import { createEmailTransport } from './transport';
import { watchNotificationEmails, sendQueuedNotificationEmails } from './notificationEmails';
import { DIGEST_PERIOD_MS, sendDigests } from './digests';
import { deleteExpiredReplyAddresses } from './replyAddresses';
import type { DigestFrequency, EmailContext } from './context';

export interface EmailJobs {
  enabled: boolean;
  /** Runs a job now if its current period is not claimed yet (tests; start-up). Resolves true if it ran. */
  runNow(job: 'instant' | DigestFrequency, now?: number): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * E-mail for notifications and digests (only with an SMTP server): queues notifications by each
 * person's choice, sends the "at once" batch every `EMAIL_BATCH_MINUTES`, and the daily and weekly
 * digests once per period across instances and restarts (`schedulePeriodic`: UTC days, and weeks
 * counted from the Unix epoch, a Thursday).
 */
export function startEmailJobs(config: Config, log: Logger): EmailJobs {
  const transport = createEmailTransport(config, log);
  if (!transport.enabled) return { enabled: false, runNow: async () => false, stop: async () => undefined };
  const ctx: EmailContext = { config, log, transport };
  const stopWatching = watchNotificationEmails(ctx);
  const jobs = {
    instant: schedulePeriodic(
      {
        name: 'email-instant',
        periodMs: config.emailBatchMs,
        checkEveryMs: Math.min(60_000, Math.max(1_000, config.emailBatchMs / 5)),
        task: () => sendQueuedNotificationEmails(ctx),
      },
      log,
    ),
    daily: digestJob(ctx, 'daily'),
    weekly: digestJob(ctx, 'weekly'),
  };
  const cleanup = schedulePeriodic(
    {
      name: 'reply-address-cleanup',
      periodMs: DIGEST_PERIOD_MS.daily,
      checkEveryMs: 3600_000,
      task: deleteExpiredReplyAddresses,
    },
    log,
  );
  return {
    enabled: true,
    runNow: (job, now) => jobs[job].runNow(now),
    async stop() {
      stopWatching();
      await Promise.all([...Object.values(jobs), cleanup].map((j) => j.stop()));
      transport.close();
    },
  };
}

const digestJob = (ctx: EmailContext, frequency: DigestFrequency) =>
  schedulePeriodic(
    {
      name: `email-digest-${frequency}`,
      periodMs: DIGEST_PERIOD_MS[frequency],
      checkEveryMs: 60_000,
      task: () => sendDigests(ctx, frequency),
    },
    ctx.log,
  );
