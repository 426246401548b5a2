import type { Types } from 'mongoose';
import type { AuditEventDto } from '@shared/schemas/audit';
import type { AuditEventRecord } from '../../models/AuditEvent';
import { DocumentModel } from '../../models/Document';
import { Indicator } from '../../models/Indicator';
import { Invitation } from '../../models/Invitation';
import { Meeting } from '../../models/Meeting';
import { MembershipApplication } from '../../models/MembershipApplication';
import { Organisation } from '../../models/Organisation';
import { Term } from '../../models/Term';
import { User } from '../../models/User';
import { escapeRegex } from '../../lib/text';
import { RecordCache } from '../../lib/recordCache';
import { onEveryInstance } from '../../events';
import { peopleByIds } from '../accounts/peopleNames';

type AuditPerson = NonNullable<AuditEventDto['actor']>;
/**
 * A target's name as stored, and its page. Applications and invitations are named by what tells
 * them apart (the organisation, the email): the presenter puts it in a phrase in the reader's language.
 */
export interface AuditTargetName {
  name: string;
  link: string;
}

const isObjectId = (id: string) => /^[a-f0-9]{24}$/i.test(id);
const usersLink = (email: string) => `/admin/users?q=${encodeURIComponent(email)}`;

type Row = { _id: Types.ObjectId } & Record<string, unknown>;

/**
 * How to name one kind of target and where it lives: one query per kind, whatever the page holds.
 * People (the `user` kind) come from the page's one query for people (`auditPeople`).
 */
const TARGETS: Record<string, (ids: string[]) => Promise<[string, AuditTargetName][]>> = {
  organisation: async (ids) =>
    (await Organisation.find({ _id: { $in: ids } }, { name: 1, slug: 1 }).lean<Row[]>()).map((o) => [
      String(o._id),
      { name: String(o.name), link: `/admin/organisations/${String(o.slug)}` },
    ]),
  document: async (ids) =>
    (await DocumentModel.find({ _id: { $in: ids } }, { title: 1 }).lean<Row[]>()).map((d) => [
      String(d._id),
      { name: String(d.title), link: `/library/${String(d._id)}` },
    ]),
  indicator: async (ids) =>
    (await Indicator.find({ _id: { $in: ids } }, { code: 1, title: 1 }).lean<Row[]>()).map((i) => [
      String(i._id),
      { name: `${String(i.code)} ${String(i.title)}`, link: `/indicators/${String(i.code)}` },
    ]),
  meeting: async (ids) =>
    (await Meeting.find({ _id: { $in: ids } }, { title: 1, slug: 1 }).lean<Row[]>()).map((m) => [
      String(m._id),
      { name: String(m.title), link: `/meetings/${String(m.slug)}` },
    ]),
  term: async (ids) =>
    (await Term.find({ _id: { $in: ids } }, { term: 1, slug: 1 }).lean<Row[]>()).map((t) => [
      String(t._id),
      { name: String(t.term), link: `/glossary/${String(t.slug)}` },
    ]),
  application: async (ids) =>
    (await MembershipApplication.find({ _id: { $in: ids } }, { organisationName: 1 }).lean<Row[]>()).map(
      (a) => [String(a._id), { name: String(a.organisationName), link: '/admin/applications' }],
    ),
  invitation: async (ids) =>
    (await Invitation.find({ _id: { $in: ids } }, { email: 1 }).lean<Row[]>()).map((i) => [
      String(i._id),
      { name: String(i.email), link: '/admin/invitations' },
    ]),
};

/**
 * Everyone a page of events names, as actor or as target, in one query for those not held (see
 * `peopleByIds`): the log is mostly people acting on people, often the same few.
 */
export function auditPeople(events: AuditEventRecord[]): Promise<Map<string, AuditPerson>> {
  const ids: string[] = [];
  for (const e of events) {
    if (e.actorId) ids.push(String(e.actorId));
    for (const [type, id] of itemsOf(e)) if (type === 'user') ids.push(id);
  }
  return peopleByIds(ids);
}

/** Details that hold the id of an item, whatever the action: key → kind of item. */
const DETAIL_ITEMS: Record<string, string> = {
  organisationId: 'organisation',
  invitationId: 'invitation',
};

/** Actions whose `from` and `to` are ids of items of one kind (a person moved between organisations). */
const CHANGED_ITEMS: Record<string, string> = {
  'user.organisation-changed': 'organisation',
};

/**
 * The details of an event that name an item by id, as `[detail key, kind, id]`. Only the keys above,
 * and only ids (an old or odd value is left to show as it was stored).
 */
export function detailItems(e: Pick<AuditEventRecord, 'action' | 'details'>): [string, string, string][] {
  const found: [string, string, string][] = [];
  const details = e.details ?? {};
  const add = (key: string, type: string | undefined) => {
    const id = details[key];
    if (type && typeof id === 'string' && isObjectId(id)) found.push([key, type, id]);
  };
  for (const key of Object.keys(details)) add(key, DETAIL_ITEMS[key]);
  add('from', CHANGED_ITEMS[e.action]);
  add('to', CHANGED_ITEMS[e.action]);
  return found;
}

/** Every item an event names by id: its target, then those in its details, as `[kind, id]`. */
function itemsOf(e: AuditEventRecord): [string, string][] {
  const items: [string, string][] = detailItems(e).map(([, type, id]) => [type, id]);
  if (e.targetType && e.targetId && isObjectId(e.targetId)) items.unshift([e.targetType, e.targetId]);
  return items;
}

/**
 * The names of audited items (`type:id`), read again after two seconds, or at once when this
 * process or, relayed, another instance announces a change to an organisation or an item.
 */
const targetNames = new RecordCache<AuditTargetName>();
onEveryInstance('organisation.changed', () => targetNames.invalidate());
onEveryInstance('entity.changed', () => targetNames.invalidate());

/**
 * The items a page of events names — their targets and the ids in their details — keyed `type:id`;
 * items deleted since keep no name.
 */
export async function auditTargets(
  events: AuditEventRecord[],
  /** The page's people (`auditPeople`), read at the same time as the other kinds. */
  people: Promise<Map<string, AuditPerson>>,
): Promise<Map<string, AuditTargetName>> {
  const keys = new Set<string>();
  const users: string[] = [];
  for (const e of events)
    for (const [type, id] of itemsOf(e)) {
      if (type === 'user') users.push(id);
      else if (TARGETS[type]) keys.add(`${type}:${id}`);
    }
  const [found, known] = await Promise.all([targetNames.getMany(keys, namesOf), people]);
  for (const id of users) {
    const person = known.get(id);
    if (person)
      found.set(`user:${id}`, { name: `${person.name} (${person.email})`, link: usersLink(person.email) });
  }
  return found;
}

/** Names `type:id` keys from the database: one query per kind. */
async function namesOf(keys: string[]): Promise<[string, AuditTargetName][]> {
  const byType = new Map<string, string[]>();
  for (const key of keys) {
    const [type, id] = key.split(':') as [string, string];
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const found = await Promise.all(
    [...byType].map(async ([type, ids]) =>
      (await TARGETS[type]!(ids)).map(([id, target]): [string, AuditTargetName] => [`${type}:${id}`, target]),
    ),
  );
  return found.flat();
}

/** People whose name or email contains the text: the actor filter searches by name, not by id. */
export async function actorIdsMatching(text: string): Promise<Types.ObjectId[]> {
  const re = { $regex: escapeRegex(text), $options: 'i' };
  const people = await User.find({ $or: [{ name: re }, { email: re }] }, { _id: 1 })
    .limit(200)
    .lean<Row[]>();
  return people.map((p) => p._id);
}
