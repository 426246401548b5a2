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
 * Everyone a page of events names, as actor or as target, in one query: the log is mostly people
 * acting on people, and two queries for the same ids cost the page twice.
 */
export async function auditPeople(events: AuditEventRecord[]): Promise<Map<string, AuditPerson>> {
  const ids = new Set<string>();
  for (const e of events) {
    if (e.actorId) ids.add(String(e.actorId));
    if (e.targetType === 'user' && e.targetId && isObjectId(e.targetId)) ids.add(e.targetId);
  }
  if (ids.size === 0) return new Map();
  const people = await User.find({ _id: { $in: [...ids] } }, { name: 1, email: 1 }).lean<Row[]>();
  return new Map(
    people.map((p) => [String(p._id), { id: String(p._id), name: String(p.name), email: String(p.email) }]),
  );
}

/** The targets of a page of events, keyed `type:id`; items deleted since keep no name. */
export async function auditTargets(
  events: AuditEventRecord[],
  /** The page's people (`auditPeople`), read at the same time as the other kinds. */
  people: Promise<Map<string, AuditPerson>>,
): Promise<Map<string, AuditTargetName>> {
  const byType = new Map<string, Set<string>>();
  const named: (readonly [string, AuditTargetName])[] = [];
  const users: string[] = [];
  for (const e of events) {
    if (!e.targetType || !e.targetId || !isObjectId(e.targetId)) continue;
    if (e.targetType === 'user') {
      users.push(e.targetId);
      continue;
    }
    if (!TARGETS[e.targetType]) continue;
    byType.set(e.targetType, (byType.get(e.targetType) ?? new Set()).add(e.targetId));
  }
  const [found, known] = await Promise.all([
    Promise.all(
      [...byType].map(async ([type, ids]) =>
        (await TARGETS[type]!([...ids])).map(([id, target]) => [`${type}:${id}`, target] as const),
      ),
    ),
    people,
  ]);
  for (const id of users) {
    const person = known.get(id);
    if (person)
      named.push([`user:${id}`, { name: `${person.name} (${person.email})`, link: usersLink(person.email) }]);
  }
  return new Map([...named, ...found.flat()]);
}

/** People whose name or email contains the text: the actor filter searches by name, not by id. */
export async function actorIdsMatching(text: string): Promise<Types.ObjectId[]> {
  const re = { $regex: escapeRegex(text), $options: 'i' };
  const people = await User.find({ $or: [{ name: re }, { email: re }] }, { _id: 1 })
    .limit(200)
    .lean<Row[]>();
  return people.map((p) => p._id);
}
