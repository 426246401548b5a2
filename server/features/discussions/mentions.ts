import type { Types } from 'mongoose';
import { rolesReading } from '@shared/roles';
import { User } from '../../models/User';
import { Organisation } from '../../models/Organisation';
import type { ThreadRecord } from '../../models/Thread';
import type { MessageRecord } from '../../models/Message';
import { canReadThread } from '../../policies/thread';
import { notify, setNotificationExcerpts } from '../notifications/notifications';
import { appEvents, type AppEvents } from '../../events';
import type { Logger } from '../../logger';
import { escapeRegex } from '../../lib/text';
import { excerptOf } from '../../lib/excerpt';

/** A person the @ autocomplete may offer, with their organisation's name. */
export interface MentionCandidate {
  _id: Types.ObjectId;
  name: string;
  organisation: string | null;
}

/** People who may read the thread whose name (any word of it) starts with `q`: the @ autocomplete. */
export async function mentionableUsers(
  thread: ThreadRecord,
  q: string,
  limit: number,
): Promise<MentionCandidate[]> {
  const filter: Record<string, unknown> = {
    status: 'active',
    role: { $in: rolesReading(thread.visibility) },
  };
  if (q) filter.name = { $regex: `(^|\\s)${escapeRegex(q)}`, $options: 'i' };
  const users = await User.find(filter, { name: 1, organisationId: 1 }).sort({ name: 1 }).limit(limit).lean();
  const orgIds = [
    ...new Set(
      users
        .map((u) => u.organisationId)
        .filter(Boolean)
        .map(String),
    ),
  ];
  const orgs = orgIds.length ? await Organisation.find({ _id: { $in: orgIds } }, { name: 1 }).lean() : [];
  const orgNames = new Map(orgs.map((o) => [String(o._id), o.name]));
  return users.map((u) => ({
    _id: u._id,
    name: u.name,
    organisation: u.organisationId ? (orgNames.get(String(u.organisationId)) ?? null) : null,
  }));
}

/** Active users among `ids` who may read the thread. */
async function readersAmong(thread: ThreadRecord, ids: string[]) {
  if (ids.length === 0) return [];
  const users = await User.find(
    { _id: { $in: [...new Set(ids)] }, status: 'active' },
    { name: 1, role: 1, status: 1, organisationId: 1 },
  ).lean();
  return users.filter((u) => canReadThread(u, thread));
}

/**
 * Keeps the mentions that are real: the person may read the thread and the body names them
 * (`@Name`), so nobody is notified about a message that does not visibly mention them.
 */
export async function resolveMentions(
  thread: ThreadRecord,
  ids: string[],
  body: string,
): Promise<{ _id: Types.ObjectId; name: string }[]> {
  const text = body.toLowerCase();
  const readers = await readersAmong(thread, ids);
  return readers
    .filter((u) => text.includes(`@${u.name.toLowerCase()}`))
    .map((u) => ({ _id: u._id, name: u.name }));
}

/** Where a notification about a message takes its reader. */
const messageLink = (message: MessageRecord) => `/discussions/${String(message.threadId)}#m${message.seq}`;

/**
 * A message was reworded or deleted: the notifications about it quote what it says now, and nothing
 * of a deleted one (its text reaches nobody any more, in the centre or in a later e-mail).
 */
export function requoteMessageNotifications(message: MessageRecord): Promise<void> {
  return setNotificationExcerpts(
    { type: 'thread', id: message.threadId },
    messageLink(message),
    message.deletedAt ? null : excerptOf(message.body),
  );
}

/** Notifies the mentioned people, and the author of the message replied to (once each). */
async function notifyAboutMessage(
  thread: ThreadRecord,
  message: MessageRecord,
  parentAuthorId: string | null,
  authorName: string,
): Promise<void> {
  const link = messageLink(message);
  const subject = { type: 'thread' as const, id: thread._id };
  const mentioned = (message.mentions ?? []).map(String);
  if (mentioned.length) {
    await notify({
      recipients: mentioned,
      kind: 'mention',
      actorId: message.authorId,
      subject,
      link,
      params: { actor: authorName, thread: thread.title },
      excerpt: excerptOf(message.body),
    });
  }
  if (parentAuthorId && !mentioned.includes(parentAuthorId)) {
    // The parent's author may have lost access since (role change, hosts-only thread): check again.
    const [reader] = await readersAmong(thread, [parentAuthorId]);
    if (reader) {
      await notify({
        recipients: [reader._id],
        kind: 'reply',
        actorId: message.authorId,
        subject,
        link,
        params: { actor: authorName, thread: thread.title },
        excerpt: excerptOf(message.body),
      });
    }
  }
}

/**
 * Notifies about each new message off the sender's path: the acknowledgement does not wait for it,
 * and a failure is logged, never turned into a failed send. Returns the unsubscribe function.
 */
export function watchMessageNotifications(log: Logger): () => void {
  const listener = ({ thread, message, parentAuthorId, authorName }: AppEvents['message.posted'][0]) => {
    if (!parentAuthorId && !message.mentions?.length) return;
    notifyAboutMessage(thread, message, parentAuthorId, authorName).catch((err: unknown) =>
      log.error({ err, messageId: String(message._id) }, 'message notifications failed'),
    );
  };
  appEvents.on('message.posted', listener);
  return () => appEvents.off('message.posted', listener);
}
