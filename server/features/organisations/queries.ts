import type { z } from 'zod';
import type { List } from '@shared/schemas/common';
import type {
  OrganisationDetailDto,
  OrganisationDto,
  OrganisationListQuerySchema,
  OrganisationStats,
} from '@shared/schemas/organisation';
import { authorize, type Viewer } from '../../policies/index';
import { canListOrganisations, canSeeOrganisationPeople } from '../../policies/organisation';
import { findOrganisations, loadOrganisation, organisationPeople, organisationStats } from './organisations';
import { presentOrganisation, presentOrganisationDetail } from './organisationPresenter';

/** The member directory, with filters, in alphabetical order. */
export async function listOrganisations(
  viewer: Viewer,
  q: z.infer<typeof OrganisationListQuerySchema>,
): Promise<List<OrganisationDto>> {
  authorize(canListOrganisations(viewer), viewer);
  const page = await findOrganisations(q);
  return { items: page.items.map(presentOrganisation), nextCursor: page.nextCursor };
}

/** Organisations by category, and the countries in the directory. */
export async function directoryStats(viewer: Viewer): Promise<OrganisationStats> {
  authorize(canListOrganisations(viewer), viewer);
  return organisationStats();
}

/** One organisation; signed-in readers also see its people. */
export async function readOrganisation(viewer: Viewer, slug: string): Promise<OrganisationDetailDto> {
  const org = await loadOrganisation(slug);
  const people = canSeeOrganisationPeople(viewer) ? await organisationPeople(org._id) : null;
  return presentOrganisationDetail(org, people);
}
