import { Types } from 'mongoose';
import { readableVisibilities, rolesReading, VISIBILITIES, type Visibility } from '@shared/roles';
import type { ThreadSubjectType } from '@shared/schemas/thread';
import { Thread, type ThreadRecord } from '../../models/Thread';
import { DocumentModel } from '../../models/Document';
import { Meeting } from '../../models/Meeting';
import { Indicator } from '../../models/Indicator';
import { FollowUp } from '../../models/FollowUp';
import { Notification } from '../../models/Notification';
import { User } from '../../models/User';
import { NotFoundError } from '../../errors';
import { appEvents } from '../../events';
import { canReadDocument } from '../../policies/document';
import { canReadVisibility, type Viewer } from '../../policies/index';

/**
 * The rule for discussions of items: a thread about an item is never readable by more people than
 * the item. Its visibility is the narrower of the one chosen when it was opened and the item's
 * audience, worked out when it is opened, after every visibility change of the item, and at start-up.
 */
export type SubjectType = Exclude<ThreadSubjectType, 'general'>;

interface Subject {
  _id: Types.ObjectId;
  /** Who may read the item, as a visibility (an archived document: hosts, besides its owner). */
  audience: Visibility;
  readableBy(viewer: Viewer): boolean;
}

const byVisibility = (r: { _id: Types.ObjectId; visibility: Visibility }): Subject => ({
  _id: r._id,
  audience: r.visibility,
  readableBy: (viewer) => canReadVisibility(viewer, r.visibility),
});
const LOADERS: Record<SubjectType, (ids: string[]) => Promise<Subject[]>> = {
  indicator: async (ids) =>
    (await Indicator.find({ _id: { $in: ids } }, { visibility: 1 }).lean()).map(byVisibility),
  meeting: async (ids) =>
    (await Meeting.find({ _id: { $in: ids } }, { visibility: 1 }).lean()).map(byVisibility),
  action: async (ids) =>
    (await FollowUp.find({ _id: { $in: ids } }, { visibility: 1 }).lean()).map(byVisibility),
  document: async (ids) =>
    (
      await DocumentModel.find({ _id: { $in: ids } }, { visibility: 1, archivedAt: 1, ownerId: 1 }).lean()
    ).map((d) => {
      const facts = { visibility: d.visibility, archived: !!d.archivedAt, ownerId: String(d.ownerId) };
      return {
        _id: d._id,
        audience: facts.archived ? 'hosts' : d.visibility,
        readableBy: (viewer: Viewer) => canReadDocument(viewer, facts),
      };
    }),
};

/** The narrower of two visibilities. */
export const narrower = (a: Visibility, b: Visibility): Visibility =>
  VISIBILITIES[Math.max(VISIBILITIES.indexOf(a), VISIBILITIES.indexOf(b))]!;

export const subjectKeyOf = (type: SubjectType, id: string | Types.ObjectId) => `${type}:${String(id)}`;

/**
 * The item a discussion is about, if the viewer may read it. One that does not exist and one the
 * viewer may not read give the same 404, so guessed ids learn nothing.
 */
export async function readableSubject(viewer: Viewer, type: SubjectType, id: string): Promise<Subject> {
  const [subject] = await LOADERS[type]([id]);
  if (!subject?.readableBy(viewer)) throw new NotFoundError('Subject');
  return subject;
}

/**
 * Applies an item's (new) audience to what derives from it: its thread's visibility (sockets of
 * those who may no longer read it leave its room), and notifications about the item or its thread
 * held by people who may no longer read them are withdrawn. Call after every visibility change.
 */
export async function followSubject(type: SubjectType, id: string | Types.ObjectId): Promise<void> {
  const [subject] = await LOADERS[type]([String(id)]);
  const audience = subject?.audience ?? 'hosts';
  const thread = await Thread.findOne({ subjectKey: subjectKeyOf(type, id) }).lean<ThreadRecord>();
  if (thread) await setThreadAudience(thread, audience);
  await withdrawNotifications([new Types.ObjectId(String(id)), ...(thread ? [thread._id] : [])], audience);
}

/** Brings subject threads in line with their items (threads kept from before the rule). */
export async function reconcileSubjectThreads(): Promise<number> {
  const threads = await Thread.find({ subjectType: { $ne: 'general' } }).lean<ThreadRecord[]>();
  let changed = 0;
  for (const type of Object.keys(LOADERS) as SubjectType[]) {
    const ofType = threads.filter((t) => t.subjectType === type && t.subjectId);
    if (ofType.length === 0) continue;
    const subjects = new Map(
      (await LOADERS[type](ofType.map((t) => String(t.subjectId)))).map((s) => [String(s._id), s]),
    );
    for (const thread of ofType) {
      const audience = subjects.get(String(thread.subjectId))?.audience ?? 'hosts';
      if (await setThreadAudience(thread, audience)) {
        changed++;
        await withdrawNotifications([thread._id], audience);
      }
    }
  }
  return changed;
}

/** Sets the thread's visibility to the narrower of its chosen one and the audience; true if it changed. */
async function setThreadAudience(thread: ThreadRecord, audience: Visibility): Promise<boolean> {
  const chosen = thread.chosenVisibility ?? thread.visibility;
  const visibility = narrower(chosen, audience);
  if (visibility === thread.visibility && thread.chosenVisibility) return false;
  await Thread.updateOne({ _id: thread._id }, { $set: { visibility, chosenVisibility: chosen } });
  if (visibility === thread.visibility) return false;
  appEvents.emit('thread.changed', String(thread._id));
  appEvents.emit('thread.audience-changed', { threadId: String(thread._id), visibility });
  return true;
}

async function withdrawNotifications(subjectIds: Types.ObjectId[], audience: Visibility) {
  // Every signed-in person reads what observers read; only narrower audiences leave people out.
  if (readableVisibilities('observer').includes(audience)) return;
  const outsiders = await User.find({ role: { $nin: rolesReading(audience) } }, { _id: 1 }).lean();
  if (outsiders.length === 0) return;
  await Notification.deleteMany({
    subjectId: { $in: subjectIds },
    recipientId: { $in: outsiders.map((u) => u._id) },
  });
}
