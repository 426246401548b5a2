import type { EmailTopic } from '@shared/schemas/emailPreferences';
import { isDuplicateKey } from '../../errors';
import { DigestSend } from '../../models/DigestSend';
import { Notification } from '../../models/Notification';
import { PendingEmail, type PendingEmailRecord } from '../../models/PendingEmail';
import { User } from '../../models/User';
import { frequenciesOf } from './preferences';
import { stillReadable } from './subjectAccess';
import { digestActivity } from './digestActivity';
import { renderEmail, type EmailSection } from './templates';
import { translator } from '../../i18n/index';
import { notificationText } from '../notifications/notificationText';
import {
  RECIPIENT_FIELDS,
  absoluteUrl,
  groupBy,
  languageOf,
  settingsUrl,
  unsubscribeUrl,
  type EmailContext,
  type Recipient,
} from './context';

export type DigestFrequency = 'daily' | 'weekly';
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
  const language = languageOf(person);
  const t = translator(language);
  const sections: EmailSection[] = [];
  if (notifications.length) {
    sections.push({
      title: t('email:digest.yourNotifications'),
      items: notifications.map((n) => ({
        text: notificationText(language, n),
        url: absoluteUrl(ctx.config, n.link),
        detail: n.excerpt ?? null,
      })),
    });
  }
  if (input.wantsSummary)
    sections.push(...(await digestActivity(ctx.config, person, input.since, input.now)));
  if (sections.length === 0) return false;
  const topics: EmailTopic[] = [
    ...(input.wantsSummary ? (['activity'] as const) : []),
    ...new Set(notifications.map((n) => n.kind)),
  ];
  const heading = t(`email:digest.heading.${frequency}`);
  const unsubscribe = unsubscribeUrl(ctx.config, person._id, topics);
  const { html, text } = await renderEmail({
    language,
    preheader: sections.map((s) => s.title).join(' · '),
    heading,
    intro: t(`email:digest.intro.${frequency}`),
    sections,
    action: { label: t('email:digest.open'), url: absoluteUrl(ctx.config, '/catch-up') },
    settingsUrl: settingsUrl(ctx.config),
    unsubscribeUrl: unsubscribe,
    unsubscribeWhat: t(`email:digest.unsubscribeWhat.${frequency}`),
  });
  await ctx.transport.send({
    to: person.email,
    subject: t('email:digest.subject', { heading }),
    html,
    text,
    unsubscribeUrl: unsubscribe,
    language,
  });
  return true;
}
