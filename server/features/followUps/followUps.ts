import type { Types } from 'mongoose';
import type { z } from 'zod';
import type {
  FollowUpListQuerySchema,
  CreateFollowUpSchema,
  UpdateFollowUpSchema,
} from '@shared/schemas/followUp';
import { rolesReading } from '@shared/roles';
import { FollowUp, NO_DUE_DATE, type FollowUpRecord } from '../../models/FollowUp';
import { Organisation } from '../../models/Organisation';
import { Meeting } from '../../models/Meeting';
import { User } from '../../models/User';
import { NotFoundError, ValidationError, message } from '../../errors';
import { visibilityFilter, type Viewer } from '../../policies/index';
import { paginate } from '../../lib/pagination';
import { userNames } from '../accounts/peopleNames';
import { overdueFilter } from '../../lib/overdue';
import { notify, type NotificationLineInput } from '../notifications/notifications';
import { followSubject } from '../discussions/subjectThreads';
import { entityChanged } from '../../events';
import type { Actor } from '../actor';

/** The lines a follow-up's notifications carry, with their parts. */
type FollowUpLine = Extract<NotificationLineInput, { kind: 'action-assigned' | 'action-status' }>;

type CreateInput = z.infer<typeof CreateFollowUpSchema>;
type UpdateInput = z.infer<typeof UpdateFollowUpSchema>;
type ListQuery = z.infer<typeof FollowUpListQuerySchema>;

const dateOf = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
/** A form error on one field: "field: reason", and the reason under the field (both translated). */
const invalid = (field: string, reason: string) =>
  new ValidationError(message('{{field}}: {{reason}}', { field, reason: message(reason) }), {
    [field]: reason,
  });

export async function loadFollowUp(id: string): Promise<FollowUpRecord> {
  const item = await FollowUp.findById(id).lean<FollowUpRecord>();
  if (!item) throw new NotFoundError('Follow-up');
  return item;
}

/**
 * Organisations, assignee names and readable meetings for a page of items, in three queries: what
 * the presenter's `FollowUpRefs` asks for.
 */
export async function loadFollowUpRefs(items: FollowUpRecord[], viewer: Viewer) {
  const ids = (pick: (a: FollowUpRecord) => Types.ObjectId | null) => [
    ...new Set(items.map(pick).filter(Boolean).map(String)),
  ];
  const [orgs, users, meetings] = await Promise.all([
    Organisation.find({ _id: { $in: ids((a) => a.ownerOrganisationId) } }, { name: 1, slug: 1 }).lean(),
    userNames(items.map((a) => a.assigneeId)),
    Meeting.find(
      { _id: { $in: ids((a) => a.meetingId) }, ...visibilityFilter(viewer) },
      { slug: 1, title: 1 },
    ).lean(),
  ]);
  return {
    orgs: new Map(orgs.map((o) => [String(o._id), o])),
    users,
    meetings: new Map(meetings.map((m) => [String(m._id), m])),
  };
}

/** Follow-ups the viewer may read, in due-date order (no date last), with the board's filters. */
export async function findFollowUps(viewer: Viewer & object, q: ListQuery) {
  const filter: Record<string, unknown> = { ...visibilityFilter(viewer) };
  if (q.assignee) filter.assigneeId = q.assignee === 'me' ? viewer._id : q.assignee;
  if (q.owner) filter.ownerOrganisationId = q.owner === 'mine' ? viewer.organisationId : q.owner;
  if (q.meeting) filter.meetingId = q.meeting;
  if (q.status) filter.status = q.status;
  const query = q.overdue === 'true' ? { $and: [filter, overdueFilter()] } : filter;
  return paginate(FollowUp, query, {
    field: 'dueSort',
    direction: 1,
    limit: q.limit,
    cursor: q.cursor,
  });
}

/** Refuses references to things that do not exist (or a meeting the actor may not read). */
async function checkReferences(
  input: { ownerOrganisationId?: string; assigneeId?: string | null; meetingId?: string | null },
  viewer: Viewer,
) {
  if (input.ownerOrganisationId && !(await Organisation.exists({ _id: input.ownerOrganisationId })))
    throw invalid('ownerOrganisationId', 'No such organisation');
  if (input.assigneeId) {
    const user = await User.findById(input.assigneeId, { role: 1, status: 1 }).lean();
    // Observers cannot act on a follow-up, so they cannot be assigned one.
    if (!user || user.status !== 'active' || user.role === 'observer')
      throw invalid('assigneeId', 'Assign an active member or host');
  }
  if (input.meetingId && !(await Meeting.exists({ _id: input.meetingId, ...visibilityFilter(viewer) })))
    throw invalid('meetingId', 'No such meeting');
}

export async function createFollowUp(input: CreateInput, actor: Actor): Promise<FollowUpRecord> {
  await checkReferences(input, actor);
  const dueAt = dateOf(input.dueAt);
  const created = await FollowUp.create({
    ...input,
    dueAt,
    dueSort: dueAt ?? NO_DUE_DATE,
    statusChangedAt: null,
    createdBy: actor._id,
  });
  const item = created.toObject() as FollowUpRecord;
  entityChanged('followUp', String(item._id), item.visibility);
  if (item.assigneeId)
    await notifyConcerned(item, actor, {
      kind: 'action-assigned',
      params: await assignedParams(item, actor),
    });
  return item;
}

export async function updateFollowUp(
  item: FollowUpRecord,
  changes: UpdateInput,
  actor: Actor,
): Promise<FollowUpRecord> {
  await checkReferences(changes, actor);
  const set: Record<string, unknown> = { ...changes };
  if (changes.dueAt !== undefined) {
    set.dueAt = dateOf(changes.dueAt);
    set.dueSort = set.dueAt ?? NO_DUE_DATE;
  }
  const statusChanged = changes.status !== undefined && changes.status !== item.status;
  if (statusChanged) set.statusChangedAt = new Date();
  const updated = await FollowUp.findByIdAndUpdate(
    item._id,
    { $set: set },
    { new: true },
  ).lean<FollowUpRecord>();
  if (!updated) throw new NotFoundError('Follow-up');
  if (updated.visibility !== item.visibility) await followSubject('action', updated._id);
  entityChanged('followUp', String(updated._id), updated.visibility, item.visibility);
  const reassigned =
    changes.assigneeId !== undefined &&
    !!updated.assigneeId &&
    String(changes.assigneeId) !== String(item.assigneeId);
  if (reassigned)
    await notifyConcerned(updated, actor, {
      kind: 'action-assigned',
      params: await assignedParams(updated, actor),
    });
  if (statusChanged)
    await notifyConcerned(updated, actor, {
      kind: 'action-status',
      params: { actor: actor.name, title: updated.title, status: updated.status },
    });
  return updated;
}

async function assignedParams(item: FollowUpRecord, actor: Actor) {
  const names = await userNames([item.assigneeId]);
  return { actor: actor.name, title: item.title, assignee: names.get(String(item.assigneeId)) ?? null };
}

/**
 * The people concerned by a follow-up: its assignee and the active people of its owner
 * organisation who may read it (hosts-only items reach hosts only). The actor is dropped by notify().
 */
async function peopleConcerned(item: FollowUpRecord): Promise<Types.ObjectId[]> {
  const roles = rolesReading(item.visibility);
  const orgPeople = await User.find(
    { organisationId: item.ownerOrganisationId, status: 'active', role: { $in: roles } },
    { _id: 1 },
  ).lean();
  const ids = orgPeople.map((u) => u._id);
  if (item.assigneeId) {
    const assignee = await User.findById(item.assigneeId, { role: 1, status: 1 }).lean();
    if (assignee && assignee.status === 'active' && roles.includes(assignee.role)) ids.push(assignee._id);
  }
  return ids;
}

async function notifyConcerned(item: FollowUpRecord, actor: Actor, line: FollowUpLine) {
  await notify({
    ...line,
    recipients: await peopleConcerned(item),
    actorId: actor._id,
    subject: { type: 'action', id: item._id },
    link: `/follow-ups/${String(item._id)}`,
  });
}
