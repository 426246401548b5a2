import type { OrganisationDto } from '@shared/schemas/organisation';
import type { OrganisationRecord } from '../models/Organisation';

export function presentOrganisation(o: OrganisationRecord): OrganisationDto {
  return {
    id: String(o._id),
    name: o.name,
    slug: o.slug,
    category: o.category,
    country: o.country,
    website: o.website,
    description: o.description,
    membership: o.membership,
    joinedYear: o.joinedYear,
  };
}

export function presentOrgRef(o: OrganisationRecord) {
  return { id: String(o._id), name: o.name, slug: o.slug, category: o.category };
}
