import type { Types } from 'mongoose';
import type { z } from 'zod';
import type {
  CreateOrganisationSchema,
  OrganisationListQuerySchema,
  OrganisationStats,
  UpdateOrganisationSchema,
} from '@shared/schemas/organisation';
import { ORG_CATEGORIES, type OrgCategory, type Role } from '@shared/roles';
import { Organisation, type OrganisationRecord } from '../../models/Organisation';
import { User } from '../../models/User';
import { NotFoundError } from '../../errors';
import { recordAudit } from '../audit/audit';
import { paginate } from '../../lib/pagination';
import { escapeRegex } from '../../lib/text';
import { uniqueSlug } from '../../lib/slugs';

type Actor = { _id: Types.ObjectId; ip?: string | null };

/** One page of the member directory in alphabetical order; `q` matches anywhere in the name. */
export async function findOrganisations(q: z.infer<typeof OrganisationListQuerySchema>) {
  const filter: Record<string, unknown> = {};
  if (q.category) filter.category = q.category;
  if (q.membership) filter.membership = q.membership;
  if (q.country) filter.country = q.country;
  if (q.q) filter.name = { $regex: escapeRegex(q.q), $options: 'i' };
  return paginate(Organisation, filter, { field: 'name', direction: 1, limit: q.limit, cursor: q.cursor });
}

export async function loadOrganisation(slug: string): Promise<OrganisationRecord> {
  const org = await Organisation.findOne({ slug }).lean<OrganisationRecord>();
  if (!org) throw new NotFoundError('Organisation');
  return org;
}

/** The organisations with these ids, by id (one query; none for no ids). */
export async function organisationsById(
  ids: (Types.ObjectId | string | null | undefined)[],
): Promise<Map<string, OrganisationRecord>> {
  const wanted = [...new Set(ids.filter(Boolean).map(String))];
  const orgs = wanted.length
    ? await Organisation.find({ _id: { $in: wanted } }).lean<OrganisationRecord[]>()
    : [];
  return new Map(orgs.map((o) => [String(o._id), o]));
}

/** An organisation's active people by name (the first 200: the page lists, it does not page). */
export async function organisationPeople(
  organisationId: Types.ObjectId,
): Promise<{ _id: Types.ObjectId; name: string; role: Role }[]> {
  return User.find({ organisationId, status: 'active' }, { name: 1, role: 1 })
    .sort({ name: 1 })
    .limit(200)
    .lean<{ _id: Types.ObjectId; name: string; role: Role }[]>();
}

export async function createOrganisation(
  input: z.infer<typeof CreateOrganisationSchema>,
  actor: Actor,
): Promise<OrganisationRecord> {
  const org = await Organisation.create({ ...input, slug: await uniqueSlug(Organisation, input.name) });
  await recordAudit({
    actorId: actor._id,
    action: 'organisation.created',
    targetType: 'organisation',
    targetId: org._id,
    ip: actor.ip,
    details: { name: org.name },
  });
  return org.toObject();
}

export async function updateOrganisation(
  slug: string,
  changes: z.infer<typeof UpdateOrganisationSchema>,
  actor: Actor,
): Promise<OrganisationRecord> {
  const before = await loadOrganisation(slug);
  const after = await Organisation.findOneAndUpdate(
    { _id: before._id },
    { $set: changes },
    { returnDocument: 'after' },
  ).lean<OrganisationRecord>();
  const changed = Object.keys(changes).filter(
    (k) => String(before[k as keyof OrganisationRecord]) !== String(after![k as keyof OrganisationRecord]),
  );
  await recordAudit({
    actorId: actor._id,
    action:
      changes.membership === 'former' && before.membership !== 'former'
        ? 'organisation.marked-former'
        : 'organisation.updated',
    targetType: 'organisation',
    targetId: before._id,
    ip: actor.ip,
    details: { changed },
  });
  return after!;
}

/** Counts per category (every category listed, zeros included) and the countries in use. */
export async function organisationStats(): Promise<OrganisationStats> {
  const [groups, countries] = await Promise.all([
    Organisation.aggregate<{ _id: OrgCategory; count: number }>([
      { $group: { _id: '$category', count: { $sum: 1 } } },
    ]),
    Organisation.distinct('country'),
  ]);
  const counts = new Map(groups.map((g) => [g._id, g.count]));
  return {
    total: groups.reduce((n, g) => n + g.count, 0),
    byCategory: ORG_CATEGORIES.map((category) => ({ category, count: counts.get(category) ?? 0 })),
    countries: (countries as (string | null)[])
      .filter((c): c is string => !!c)
      .sort((a, b) => a.localeCompare(b)),
  };
}
