import { Types } from 'mongoose';
import type { NotificationSubject } from '@shared/schemas/notification';
import { Notification, type NotificationRecord } from '../../models/Notification';
import { User } from '../../models/User';
import { appEvents } from '../../events';
import { notificationLine, type LineKind, type NotificationParams } from './notificationText';
import { paginate } from '../../lib/pagination';
import { userNames } from '../accounts/peopleNames';

type Id = Types.ObjectId | string;

interface NotifyBase {
  /** Who should hear of it; the actor, duplicates and inactive accounts are dropped. */
  recipients: Id[];
  actorId: Id | null;
  subject: { type: NotificationSubject; id: Id };
  /** A path inside the app where the recipient sees what happened. */
  link: string;
  /** A short excerpt of what was said, shown under the line (mentions and replies). */
  excerpt?: string;
}
/**
 * A notification of one kind with the parts of its line ("{{actor}} mentioned you in “{{thread}}”"),
 * which each recipient reads in their own language.
 */
export type NotificationLineInput = {
  [K in LineKind]: { kind: K; params: NotificationParams[K] };
}[LineKind];
export type NotifyInput = NotifyBase & NotificationLineInput;

/** What was stored, with the actor's name by id (empty when there is no actor) for presenting it. */
export interface StoredNotifications {
  stored: NotificationRecord[];
  names: Map<string, string>;
}

/**
 * Stores one notification per recipient and announces each (`notification.created`, after the
 * write) for their open sockets and email. Callers decide who may know about the subject: pass only
 * recipients who may read it.
 */
export async function storeNotifications(input: NotifyInput): Promise<StoredNotifications> {
  const none: StoredNotifications = { stored: [], names: new Map() };
  const actor = input.actorId ? String(input.actorId) : null;
  const wanted = [...new Set(input.recipients.map(String))].filter((id) => id !== actor);
  if (wanted.length === 0) return none;
  // One read for both: which recipients are active, and the actor's name.
  const people = await User.find(
    { _id: { $in: actor ? [...wanted, actor] : wanted } },
    { name: 1, status: 1, language: 1 },
  ).lean();
  const active = people.filter((u) => u.status === 'active' && String(u._id) !== actor);
  if (active.length === 0) return none;
  const now = new Date();
  const rows = await Notification.insertMany(
    active.map((u) => ({
      recipientId: u._id,
      kind: input.kind,
      actorId: actor,
      subjectType: input.subject.type,
      subjectId: new Types.ObjectId(String(input.subject.id)),
      link: input.link,
      text: notificationLine('en', input.kind, input.params as never),
      params: input.params,
      excerpt: input.excerpt ?? null,
      createdAt: now,
    })),
  );
  const names = new Map(people.filter((u) => String(u._id) === actor).map((u) => [actor!, u.name]));
  const languages = new Map(active.map((u) => [String(u._id), u.language ?? null]));
  const stored = rows.map((r) => r.toObject() as NotificationRecord);
  stored.forEach((n) => {
    const recipientId = String(n.recipientId);
    appEvents.emit('notification.created', {
      recipientId,
      language: languages.get(recipientId) ?? null,
      notification: n,
      names: Object.fromEntries(names),
    });
  });
  return { stored, names };
}

/** A page of the recipient's notifications, newest first, with their actors' names and the unread count. */
export async function findNotifications(
  recipientId: Types.ObjectId,
  q: { limit: number; cursor?: string; unread?: 'true' | 'false' },
) {
  const filter: Record<string, unknown> = { recipientId };
  if (q.unread === 'true') filter.readAt = null;
  const [page, unreadCount] = await Promise.all([
    paginate(Notification, filter, { field: 'createdAt', direction: -1, limit: q.limit, cursor: q.cursor }),
    countUnread(recipientId),
  ]);
  const names = await userNames(page.items.map((n) => n.actorId));
  return { items: page.items as NotificationRecord[], nextCursor: page.nextCursor, unreadCount, names };
}

const countUnread = (recipientId: Types.ObjectId) =>
  Notification.countDocuments({ recipientId, readAt: null });

/** Marks the caller's own notifications read (ids of anyone else's are ignored); returns the unread count. */
export async function markNotificationsRead(
  recipientId: Types.ObjectId,
  which: { ids?: string[]; all?: true },
): Promise<number> {
  const filter: Record<string, unknown> = { recipientId, readAt: null };
  if (which.ids) filter._id = { $in: which.ids };
  await Notification.updateMany(filter, { $set: { readAt: new Date() } });
  return countUnread(recipientId);
}

/**
 * Sets the excerpt of every notification about one thing (a subject and its link: one message),
 * when what was said changed; null takes it away.
 */
export async function setNotificationExcerpts(
  subject: { type: NotificationSubject; id: Id },
  link: string,
  excerpt: string | null,
): Promise<void> {
  await Notification.updateMany(
    { subjectId: new Types.ObjectId(String(subject.id)), subjectType: subject.type, link },
    { $set: { excerpt } },
  );
}
