import { isDuplicateKey } from '../../errors';
import { DigestSend } from '../../models/DigestSend';
import { Notification } from '../../models/Notification';
import { PendingEmail, type PendingEmailRecord } from '../../models/PendingEmail';
import { User } from '../../models/User';
import { frequenciesOf } from './preferences';
import { stillReadable } from './subjectAccess';
import { digestEmail } from './composer';
import {
  RECIPIENT_FIELDS,
  groupBy,
  type DigestFrequency,
  type EmailContext,
  type Recipient,
} from './context';

export const DIGEST_PERIOD_MS: Record<DigestFrequency, number> = {
  daily: 24 * 3600_000,
  weekly: 7 * 24 * 3600_000,
};

/**
 * Sends this period's digest to everyone who wants one (the summary, or notifications gathered for
 * it). Each person's digest of a period is claimed in `DigestSend` before it is sent, so it goes out
 * once however often this runs (retries, restarts, other instances). Throws after trying everyone
 * if any send failed; the failed ones gave their claim back and are tried again by the next run.
 */
export async function sendDigests(ctx: EmailContext, frequency: DigestFrequency, now = new Date()) {
  const periodMs = DIGEST_PERIOD_MS[frequency];
  const period = Math.floor(now.getTime() / periodMs);
  const since = new Date(now.getTime() - periodMs);
  const people = await User.find({ status: 'active' }, RECIPIENT_FIELDS).lean<Recipient[]>();
  const frequencies = await frequenciesOf(people.map((p) => p._id));
  const pending = groupBy(
    await PendingEmail.find({ frequency, createdAt: { $lte: now } }).lean<PendingEmailRecord[]>(),
    (r) => String(r.recipientId),
  );
  let sent = 0;
  let failed = 0;
  for (const person of people) {
    const wantsSummary = frequencies.get(String(person._id))!.activity === frequency;
    const rows = pending.get(String(person._id)) ?? [];
    if (!wantsSummary && rows.length === 0) continue;
    const claimId = `${String(person._id)}:${frequency}:${period}`;
    try {
      await DigestSend.create({ _id: claimId });
    } catch (err) {
      if (isDuplicateKey(err)) continue; // already sent this period
      throw err;
    }
    try {
      if (await sendDigest(ctx, person, frequency, { since, now, rows, wantsSummary })) sent++;
      await DigestSend.updateOne({ _id: claimId }, { $set: { sentAt: new Date() } });
      if (rows.length) await PendingEmail.deleteMany({ _id: { $in: rows.map((r) => r._id) } });
    } catch (err) {
      failed++;
      ctx.log.warn(
        { err, userId: person._id, frequency },
        'digest could not be sent; it will be tried again',
      );
      await DigestSend.deleteOne({ _id: claimId }).catch(() => undefined);
    }
  }
  await DigestSend.deleteMany({ createdAt: { $lt: new Date(now.getTime() - 5 * DIGEST_PERIOD_MS.weekly) } });
  if (failed) throw new Error(`${failed} ${frequency} digest(s) could not be sent`);
  return sent;
}

/** Sends the person's digest; false when there was nothing to tell them. */
async function sendDigest(
  ctx: EmailContext,
  person: Recipient,
  frequency: DigestFrequency,
  input: { since: Date; now: Date; rows: PendingEmailRecord[]; wantsSummary: boolean },
): Promise<boolean> {
  const notifications = input.rows.length
    ? await stillReadable(
        person,
        await Notification.find({ _id: { $in: input.rows.map((r) => r.notificationId) } }).lean(),
      )
    : [];
  const mail = await digestEmail(ctx.config, person, frequency, { ...input, notifications });
  if (!mail) return false;
  await ctx.transport.send(mail);
  return true;
}
