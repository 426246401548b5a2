import type { z } from 'zod';
import type {
  CreateOrganisationSchema,
  OrganisationDto,
  UpdateOrganisationSchema,
} from '@shared/schemas/organisation';
import { authorize } from '../../policies/index';
import { canManageOrganisations } from '../../policies/organisation';
import type { Actor } from '../actor';
import { createOrganisation, updateOrganisation } from './organisations';
import { presentOrganisation } from './organisationPresenter';

/** A host adds an organisation to the directory. */
export async function addOrganisation(
  actor: Actor,
  input: z.infer<typeof CreateOrganisationSchema>,
): Promise<OrganisationDto> {
  authorize(canManageOrganisations(actor), actor);
  return presentOrganisation(await createOrganisation(input, actor));
}

/** A host edits an organisation, or marks it a former member. */
export async function editOrganisation(
  actor: Actor,
  slug: string,
  changes: z.infer<typeof UpdateOrganisationSchema>,
): Promise<OrganisationDto> {
  authorize(canManageOrganisations(actor), actor);
  return presentOrganisation(await updateOrganisation(slug, changes, actor));
}
