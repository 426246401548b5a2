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
import { ReadCache } from '../../lib/readCache';
import { onEveryInstance } from '../../events';

/**
 * The directory's pages and its chart show nothing of the reader, and change only when an
 * organisation is written, which every instance hears at once (`organisation.changed`, from the
 * model's write hooks, relayed): they are kept 30 s, the limit only bounding a relay lost while
 * Redis reconnects. (Counting every organisation for the chart grew with the directory.)
 */
const directoryPages = new ReadCache<List<OrganisationDto>>(30_000, 500);
const directoryCounts = new ReadCache<OrganisationStats>(30_000, 1);
onEveryInstance('organisation.changed', () => {
  directoryPages.invalidate();
  directoryCounts.invalidate();
});

/** The member directory, with filters, in alphabetical order. */
export async function listOrganisations(
  viewer: Viewer,
  q: z.infer<typeof OrganisationListQuerySchema>,
): Promise<List<OrganisationDto>> {
  authorize(canListOrganisations(viewer), viewer);
  return directoryPages.get(JSON.stringify(q), async () => {
    const page = await findOrganisations(q);
    return { items: page.items.map(presentOrganisation), nextCursor: page.nextCursor };
  });
}

/** Organisations by category, and the countries in the directory. */
export async function directoryStats(viewer: Viewer): Promise<OrganisationStats> {
  authorize(canListOrganisations(viewer), viewer);
  return directoryCounts.get('', organisationStats);
}

/** One organisation; signed-in readers also see its people. */
export async function readOrganisation(viewer: Viewer, slug: string): Promise<OrganisationDetailDto> {
  const org = await loadOrganisation(slug);
  const people = canSeeOrganisationPeople(viewer) ? await organisationPeople(org._id) : null;
  return presentOrganisationDetail(org, people);
}
