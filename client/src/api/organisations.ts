import { listOf } from '@shared/schemas/common';
import type { List } from '@shared/schemas/common';
import { OrganisationDtoSchema, type OrganisationDto } from '@shared/schemas/organisation';
import type { Membership, OrgCategory } from '@shared/roles';
import { apiFetch, queryString } from './client';

const OrganisationSchema = OrganisationDtoSchema;
const OrganisationListSchema = listOf(OrganisationSchema);

export interface OrganisationListParams {
  category?: OrgCategory;
  membership?: Membership;
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

export function getOrganisation(slug: string, signal?: AbortSignal): Promise<OrganisationDto> {
  return apiFetch(`/api/organisations/${encodeURIComponent(slug)}`, { schema: OrganisationSchema, signal });
}
