import type { OrganisationDto } from '@shared/schemas/organisation';
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

export function presentOrgRef(o: OrganisationRecord) {
  return { id: String(o._id), name: o.name, slug: o.slug, category: o.category };
}
