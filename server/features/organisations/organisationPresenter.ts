import type { Types } from 'mongoose';
import type { Role } from '@shared/roles';
import type { OrganisationDetailDto, OrganisationDto } from '@shared/schemas/organisation';
import type { OrganisationRecord } from '../../models/Organisation';

export function presentOrganisation(o: OrganisationRecord): OrganisationDto {
  return {
    id: String(o._id),
    name: o.name,
    slug: o.slug,
    category: o.category,
    // Lean reads skip schema defaults, so fields absent in stored documents are normalised here.
    country: o.country ?? null,
    website: o.website ?? null,
    description: o.description ?? '',
    membership: o.membership ?? 'member',
    joinedYear: o.joinedYear ?? null,
  };
}

/** One organisation with its people; `people` is null for readers who may not see them. */
export function presentOrganisationDetail(
  o: OrganisationRecord,
  people: { _id: Types.ObjectId; name: string; role: Role }[] | null,
): OrganisationDetailDto {
  return {
    ...presentOrganisation(o),
    people: people && people.map((u) => ({ id: String(u._id), name: u.name, role: u.role })),
  };
}

export function presentOrgRef(o: OrganisationRecord) {
  return { id: String(o._id), name: o.name, slug: o.slug, category: o.category };
}
