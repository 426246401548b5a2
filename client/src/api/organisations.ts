import { listOf } from '@shared/schemas/common';
import type { List } from '@shared/schemas/common';
import {
  OrganisationDetailDtoSchema,
  OrganisationDtoSchema,
  OrganisationStatsSchema,
  type CreateOrganisationInput,
  type OrganisationDetailDto,
  type OrganisationDto,
  type OrganisationStats,
  type UpdateOrganisationInput,
} from '@shared/schemas/organisation';
import type { Membership, OrgCategory } from '@shared/roles';
import { LIMITS } from '@shared/limits';
import { apiFetch, queryString } from './client';

const OrganisationListSchema = listOf(OrganisationDtoSchema);
/** Enough pages for any realistic coalition; a select with more options would be unusable anyway. */
const MAX_OPTION_PAGES = 20;

export interface OrganisationListParams {
  category?: OrgCategory;
  membership?: Membership;
  country?: string;
  /** Part of the organisation's name. */
  q?: string;
  cursor?: string | null;
  limit?: number;
}

/** The member directory, sorted by name. */
export function listOrganisations(
  params: OrganisationListParams = {},
  signal?: AbortSignal,
): Promise<List<OrganisationDto>> {
  return apiFetch(`/api/organisations${queryString({ ...params, q: params.q?.trim() })}`, {
    schema: OrganisationListSchema,
    signal,
  });
}

/** Every organisation, sorted by name: the options of organisation selects in admin forms. */
export async function listAllOrganisations(signal?: AbortSignal): Promise<OrganisationDto[]> {
  const all: OrganisationDto[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_OPTION_PAGES; page++) {
    const { items, nextCursor }: List<OrganisationDto> = await listOrganisations(
      { limit: LIMITS.pageSizeMax, cursor },
      signal,
    );
    all.push(...items);
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return all;
}

/** One organisation; `people` is filled for signed-in readers and null for anonymous ones. */
export function getOrganisation(slug: string, signal?: AbortSignal): Promise<OrganisationDetailDto> {
  return apiFetch(`/api/organisations/${encodeURIComponent(slug)}`, {
    schema: OrganisationDetailDtoSchema,
    signal,
  });
}

/** How many organisations each category has (all categories, zeros included) and the countries in use. */
export function getOrganisationStats(signal?: AbortSignal): Promise<OrganisationStats> {
  return apiFetch('/api/organisations/stats', { schema: OrganisationStatsSchema, signal });
}

/** Adds an organisation to the directory (host). */
export function createOrganisation(input: CreateOrganisationInput): Promise<OrganisationDto> {
  return apiFetch('/api/organisations', { method: 'POST', body: input, schema: OrganisationDtoSchema });
}

/** Edits an organisation (host); membership `former` marks a former member. The slug never changes. */
export function updateOrganisation(slug: string, changes: UpdateOrganisationInput): Promise<OrganisationDto> {
  return apiFetch(`/api/organisations/${encodeURIComponent(slug)}`, {
    method: 'PATCH',
    body: changes,
    schema: OrganisationDtoSchema,
  });
}
