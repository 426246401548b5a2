import { z } from 'zod';
import { FreeTextSchema, PageQuerySchema } from './common';

export const TERM_STATUSES = ['draft', 'agreed'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];
/** The glossary is for newcomers, so terms are public unless a host keeps one to members. */
export const TERM_VISIBILITIES = ['public', 'members'] as const;

const TermSlugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, 'Invalid term address');

export const TermSummaryDtoSchema = z.object({
  id: z.string(),
  slug: z.string(),
  term: z.string(),
  /** The definition's first sentence or so, as plain text, for lists. */
  excerpt: z.string(),
  status: z.enum(TERM_STATUSES),
  visibility: z.enum(TERM_VISIBILITIES),
});
export type TermSummaryDto = z.infer<typeof TermSummaryDtoSchema>;

export const TermDtoSchema = TermSummaryDtoSchema.extend({
  definition: z.string(),
  definitionHtml: z.string(),
  notes: z.string(),
  notesHtml: z.string(),
  sources: z.array(z.string()),
  related: z.array(z.object({ slug: z.string(), term: z.string() })),
  proposedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  agreedAt: z.string().nullable(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), agree: z.boolean() }),
});
export type TermDto = z.infer<typeof TermDtoSchema>;

const fields = {
  term: z.string().trim().min(2, 'Name the term').max(120),
  definition: z.string().trim().min(10, 'Write a definition of at least 10 characters').max(5000),
  notes: z.string().trim().max(5000),
  sources: z.array(z.string().trim().min(1, 'Empty source').max(500)).max(20),
  /** Slugs of related terms; each must exist. */
  related: z.array(TermSlugSchema).max(20),
  visibility: z.enum(TERM_VISIBILITIES),
};

export const CreateTermSchema = z.strictObject({
  term: fields.term,
  definition: fields.definition,
  notes: fields.notes.default(''),
  sources: fields.sources.default([]),
  related: fields.related.default([]),
  visibility: fields.visibility.default('public'),
});
export type CreateTermInput = z.input<typeof CreateTermSchema>;

export const UpdateTermSchema = z
  .strictObject({
    term: fields.term.optional(),
    definition: fields.definition.optional(),
    notes: fields.notes.optional(),
    sources: fields.sources.optional(),
    related: fields.related.optional(),
    visibility: fields.visibility.optional(),
    /** Hosts only: mark agreed, or back to draft. */
    status: z.enum(TERM_STATUSES).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' });
export type UpdateTermInput = z.input<typeof UpdateTermSchema>;

export const TermParamsSchema = z.strictObject({ slug: TermSlugSchema });

export const TermListQuerySchema = PageQuerySchema.extend({
  q: FreeTextSchema(100).optional(),
  status: z.enum(TERM_STATUSES).optional(),
});
