import type { NotificationSubject } from '@shared/schemas/notification';
import type { NotificationRecord } from '../../models/Notification';
import { Thread } from '../../models/Thread';
import { Indicator } from '../../models/Indicator';
import { FollowUp } from '../../models/FollowUp';
import { Meeting } from '../../models/Meeting';
import { DocumentModel as Document } from '../../models/Document';
import { Term } from '../../models/Term';
import { canReadVisibility, isHost, type Viewer } from '../../policies/index';
import { canReadThread } from '../../policies/thread';
import { canReadDocument } from '../../policies/document';
import { topicsForRole } from './preferences';

type Reader = NonNullable<Viewer>;
type Check = (reader: Reader, ids: string[]) => Promise<Set<string>>;

const byVisibility =
  (model: { find: typeof Thread.find }): Check =>
  async (reader, ids) => {
    const rows = await model
      .find({ _id: { $in: ids } }, { visibility: 1 })
      .lean<{ _id: unknown; visibility: never }[]>();
    return new Set(rows.filter((r) => canReadVisibility(reader, r.visibility)).map((r) => String(r._id)));
  };

/** Which subjects of each type this reader may read now (the same rules as the routes' policies). */
const CHECKS: Record<NotificationSubject, Check> = {
  thread: async (reader, ids) => {
    const rows = await Thread.find({ _id: { $in: ids } }, { visibility: 1, locked: 1 }).lean();
    return new Set(rows.filter((t) => canReadThread(reader, t)).map((t) => String(t._id)));
  },
  indicator: byVisibility(Indicator as never),
  action: byVisibility(FollowUp as never),
  meeting: byVisibility(Meeting as never),
  term: byVisibility(Term as never),
  document: async (reader, ids) => {
    const rows = await Document.find(
      { _id: { $in: ids } },
      { visibility: 1, archivedAt: 1, ownerId: 1 },
    ).lean();
    return new Set(
      rows
        .filter((d) =>
          canReadDocument(reader, {
            visibility: d.visibility,
            archived: !!d.archivedAt,
            ownerId: String(d.ownerId),
          }),
        )
        .map((d) => String(d._id)),
    );
  },
  // Membership applications are the hosts' business only.
  application: async (reader, ids) => new Set(isHost(reader) ? ids : []),
};

/**
 * The notifications this reader may still be told about by e-mail, at send time: the account is
 * active, the kind is one their role hears of, and they may read the item now (an item made
 * hosts-only after the event, or deleted, is left out).
 */
export async function stillReadable(reader: Reader, notifications: NotificationRecord[]) {
  if (reader.status !== 'active') return [];
  const allowedKinds = new Set<string>(topicsForRole(reader.role));
  const wanted = notifications.filter((n) => allowedKinds.has(n.kind));
  const types = [...new Set(wanted.map((n) => n.subjectType))];
  const readable = new Map<string, Set<string>>();
  await Promise.all(
    types.map(async (type) => {
      const ids = [...new Set(wanted.filter((n) => n.subjectType === type).map((n) => String(n.subjectId)))];
      readable.set(type, await CHECKS[type](reader, ids));
    }),
  );
  return wanted.filter((n) => readable.get(n.subjectType)?.has(String(n.subjectId)));
}
