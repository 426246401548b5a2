import { z } from 'zod';
import { MEMBERSHIPS, ORG_CATEGORIES } from '../roles';
import { PageQuerySchema } from './common';

export const OrganisationDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  category: z.enum(ORG_CATEGORIES),
  country: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string(),
  membership: z.enum(MEMBERSHIPS),
  joinedYear: z.number().int().nullable(),
});
export type OrganisationDto = z.infer<typeof OrganisationDtoSchema>;

export const OrganisationListQuerySchema = PageQuerySchema.extend({
  category: z.enum(ORG_CATEGORIES).optional(),
  membership: z.enum(MEMBERSHIPS).optional(),
  q: z.string().trim().max(100).optional(),
});
