import type { Types } from 'mongoose';
import type { z } from 'zod';
import type { CreateOrganisationSchema, UpdateOrganisationSchema } from '@shared/schemas/organisation';
import { ORG_CATEGORIES, type OrgCategory } from '@shared/roles';
import { Organisation, type OrganisationRecord } from '../../models/Organisation';
import { NotFoundError } from '../../errors';
import { recordAudit } from '../audit/audit';
import { uniqueSlug } from '../../lib/slugs';

type Actor = { _id: Types.ObjectId; ip: string | null };

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
  const before = await Organisation.findOne({ slug }).lean<OrganisationRecord>();
  if (!before) throw new NotFoundError('Organisation');
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
export async function organisationStats() {
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
