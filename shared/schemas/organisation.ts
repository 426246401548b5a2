import { z } from 'zod';
import { MEMBERSHIPS, ORG_CATEGORIES, ROLES } from '../roles';
import { FreeTextSchema, PageQuerySchema, WebsiteSchema } from './common';

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

const OrganisationPersonSchema = z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) });

/** The single-organisation view: signed-in readers also get its people (null for anonymous readers). */
export const OrganisationDetailDtoSchema = OrganisationDtoSchema.extend({
  people: z.array(OrganisationPersonSchema).nullable(),
});
export type OrganisationDetailDto = z.infer<typeof OrganisationDetailDtoSchema>;

export const OrganisationListQuerySchema = PageQuerySchema.extend({
  category: z.enum(ORG_CATEGORIES).optional(),
  membership: z.enum(MEMBERSHIPS).optional(),
  country: FreeTextSchema(100).optional(),
  q: FreeTextSchema(100).optional(),
});

export const OrganisationStatsSchema = z.object({
  total: z.number().int(),
  byCategory: z.array(z.object({ category: z.enum(ORG_CATEGORIES), count: z.number().int() })),
  countries: z.array(z.string()),
});
export type OrganisationStats = z.infer<typeof OrganisationStatsSchema>;

export const CreateOrganisationSchema = z.strictObject({
  name: z.string().trim().min(2, 'Enter a name').max(200),
  category: z.enum(ORG_CATEGORIES),
  country: z.string().trim().max(100).nullable().optional(),
  website: WebsiteSchema.optional(),
  description: z.string().trim().max(2000).optional(),
  membership: z.enum(MEMBERSHIPS).optional(),
  joinedYear: z.number().int().min(1990).max(2100).nullable().optional(),
});
export type CreateOrganisationInput = z.input<typeof CreateOrganisationSchema>;

export const UpdateOrganisationSchema = CreateOrganisationSchema.partial().refine(
  (v) => Object.keys(v).length > 0,
  'Change at least one field',
);
export type UpdateOrganisationInput = z.input<typeof UpdateOrganisationSchema>;
