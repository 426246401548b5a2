import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import type { NotificationKind } from '@shared/schemas/notification';
import { appEvents, type AppEvents } from '../../events';
import { Notification, type NotificationRecord } from '../../models/Notification';
import { PendingEmail, type PendingEmailRecord } from '../../models/PendingEmail';
import { Message } from '../../models/Message';
import { User } from '../../models/User';
import { frequencyOf } from './preferences';
import { stillReadable } from './subjectAccess';
import { issueReplyAddress } from './replyAddresses';
import { notificationEmail } from './composer';
import { RECIPIENT_FIELDS, groupBy, type EmailContext, type Recipient } from './context';

/** A claim older than this was left by an instance that stopped mid-send: its rows are taken again. */
const STALE_CLAIM_MS = 10 * 60_000;
const BATCH_LIMIT = 1000;

/**
 * Queues each new notification for e-mail by its recipient's choice for that kind (at once, daily,
 * weekly or not at all). Listens to `notification.created`, so `notify()` stays the one way features
 * notify people. Returns the unsubscribe function.
 */
export function watchNotificationEmails(ctx: EmailContext): () => void {
  const listener = ({ recipientId, notification }: AppEvents['notification.created'][0]) => {
    void queueNotificationEmail(recipientId, String(notification._id), notification.kind).catch(
      (err: unknown) => ctx.log.warn({ err, recipientId }, 'notification e-mail could not be queued'),
    );
  };
  appEvents.on('notification.created', listener);
  return () => void appEvents.off('notification.created', listener);
}

async function queueNotificationEmail(recipientId: string, notificationId: string, kind: NotificationKind) {
  const user = await User.findById(recipientId, { role: 1, status: 1 }).lean();
  if (!user || user.status !== 'active') return;
  const frequency = await frequencyOf(user._id, user.role, kind);
  if (frequency === 'off') return;
  await PendingEmail.create({ recipientId: user._id, notificationId, kind, frequency });
}

/** Sends everything queued "at once": one e-mail per person, and one per discussion for messages. */
export async function sendQueuedNotificationEmails(ctx: EmailContext, now = new Date()): Promise<number> {
  await PendingEmail.updateMany(
    { frequency: 'instant', claimedAt: { $lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    { $set: { claim: null, claimedAt: null } },
  );
  const waiting = await PendingEmail.find({ frequency: 'instant', claim: null }, { _id: 1 })
    .limit(BATCH_LIMIT)
    .lean();
  if (waiting.length === 0) return 0;
  // Each row is taken by exactly one sender: the update is conditional on it being unclaimed.
  const claim = randomUUID();
  await PendingEmail.updateMany(
    { _id: { $in: waiting.map((w) => w._id) }, claim: null },
    { $set: { claim, claimedAt: now } },
  );
  const mine = await PendingEmail.find({ claim }).lean<PendingEmailRecord[]>();
  const byRecipient = groupBy(mine, (r) => String(r.recipientId));
  const people = await User.find({ _id: { $in: [...byRecipient.keys()] } }, RECIPIENT_FIELDS).lean<
    Recipient[]
  >();
  let sent = 0;
  for (const person of people) {
    const rows = byRecipient.get(String(person._id))!;
    try {
      const notifications = await Notification.find({
        _id: { $in: rows.map((r) => r.notificationId) },
      }).lean();
      sent += await emailNotifications(ctx, person, notifications);
      await PendingEmail.deleteMany({ _id: { $in: rows.map((r) => r._id) } });
    } catch (err) {
      ctx.log.warn({ err, recipientId: person._id }, 'notification e-mail failed; it will be tried again');
      await PendingEmail.updateMany({ claim }, { $set: { claim: null, claimedAt: null } }).catch(
        () => undefined,
      );
    }
  }
  // Rows of accounts that no longer exist.
  await PendingEmail.deleteMany({ claim });
  return sent;
}

const isAboutMessage = (n: NotificationRecord) =>
  n.subjectType === 'thread' && (n.kind === 'mention' || n.kind === 'reply');

/**
 * E-mails these notifications to the person, keeping only those they may still read now. Messages
 * of one discussion go in one e-mail with a reply address; everything else in one more. Returns
 * how many e-mails were sent.
 */
async function emailNotifications(
  ctx: EmailContext,
  person: Recipient,
  notifications: NotificationRecord[],
): Promise<number> {
  const readable = await stillReadable(person, notifications);
  if (readable.length === 0) return 0;
  const groups = [
    ...groupBy(readable.filter(isAboutMessage), (n) => String(n.subjectId)).values(),
    readable.filter((n) => !isAboutMessage(n)),
  ].filter((g) => g.length > 0);
  for (const group of groups) await emailGroup(ctx, person, group);
  return groups.length;
}

async function emailGroup(ctx: EmailContext, person: Recipient, group: NotificationRecord[]) {
  group.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const latest = group.at(-1)!;
  const replyTo = isAboutMessage(latest) ? await replyAddressFor(ctx, person, latest) : undefined;
  await ctx.transport.send(await notificationEmail(ctx.config, person, group, replyTo));
}

/** The message a mention or reply notification is about (its link ends in `#m<seq>`). */
async function replyAddressFor(ctx: EmailContext, person: Recipient, n: NotificationRecord) {
  const seq = /#m(\d+)$/.exec(n.link)?.[1];
  if (!seq) return undefined;
  const message = await Message.findOne({ threadId: n.subjectId, seq: Number(seq) }, { _id: 1 }).lean();
  if (!message) return undefined;
  return issueReplyAddress(ctx.config, {
    userId: person._id,
    threadId: new Types.ObjectId(String(n.subjectId)),
    messageId: message._id,
  });
}
