import { z } from 'zod';
import { ORG_CATEGORIES } from '../roles';
import { ObjectIdSchema } from './common';
import {
  ConsultationDtoSchema,
  DiffSegmentSchema,
  INDICATOR_TEXT_FIELDS,
  IndicatorCodeParamsSchema,
  TEXT_FIELD_MAX,
} from './indicator';

/** The IEC/ISO comment form's types of comment. */
export const COMMENT_TYPES = ['general', 'technical', 'editorial'] as const;
export type CommentType = (typeof COMMENT_TYPES)[number];
/** The form's short codes (ge / te / ed). */
export const COMMENT_TYPE_CODES: Record<CommentType, string> = {
  general: 'ge',
  technical: 'te',
  editorial: 'ed',
};

/** What the custodian organisation or a host decided about a comment. */
export const DISPOSITIONS = ['accepted', 'accepted-in-part', 'not-accepted', 'noted'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
export const DISPOSITION_LABELS: Record<Disposition, string> = {
  accepted: 'Accepted',
  'accepted-in-part': 'Accepted in part',
  'not-accepted': 'Not accepted',
  noted: 'Noted',
};

export const COMMENT_STATUSES = ['draft', 'submitted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** Where a comment stands against the current revision (see features/consultation/anchors.ts). */
const ANCHOR_STATUSES = ['attached', 'changed', 'removed'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

const COMMENT_MAX = 4000;
const QUOTE_MAX = 1000;

const commentText = z
  .string()
  .trim()
  .min(3, 'Write the comment (a few words at least)')
  .max(COMMENT_MAX, `At most ${COMMENT_MAX} characters`);
const proposedChange = z
  .string()
  .trim()
  .max(TEXT_FIELD_MAX, `At most ${TEXT_FIELD_MAX} characters`)
  .transform((s) => (s === '' ? null : s))
  .nullable();
const quote = z
  .string()
  .trim()
  .max(QUOTE_MAX, `Quote at most ${QUOTE_MAX} characters`)
  .transform((s) => (s === '' ? null : s))
  .nullable();

/** `POST /api/indicators/:code/comments`: a draft anchored to a paragraph of the consultation revision. */
export const CreateCommentSchema = z.strictObject({
  field: z.enum(INDICATOR_TEXT_FIELDS, { message: 'Choose the field the paragraph is in' }),
  paragraphId: z
    .string()
    .regex(/^p[0-9a-z]{1,12}(-\d{1,4})?$/, 'paragraphId is the id of a numbered paragraph'),
  quote: quote.optional(),
  type: z.enum(COMMENT_TYPES, { message: 'Choose general, technical or editorial' }),
  comment: commentText,
  proposedChange: proposedChange.optional(),
});
export type CreateCommentInput = z.input<typeof CreateCommentSchema>;

/** `PATCH …/comments/:id`: revising a draft (the anchor stays). */
export const UpdateCommentSchema = z
  .strictObject({
    quote: quote.optional(),
    type: z.enum(COMMENT_TYPES, { message: 'Choose general, technical or editorial' }).optional(),
    comment: commentText.optional(),
    proposedChange: proposedChange.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Change at least one field');
export type UpdateCommentInput = z.input<typeof UpdateCommentSchema>;

/** `PUT …/comments/:id/disposition`. */
export const DispositionInputSchema = z
  .strictObject({
    decision: z.enum(DISPOSITIONS, {
      message: 'Choose accepted, accepted in part, not accepted or noted',
    }),
    response: z.string().trim().max(COMMENT_MAX, `At most ${COMMENT_MAX} characters`).default(''),
    /** The revision that addresses the comment, if any. */
    addressedInRevision: z.number().int().min(1, 'A revision number').nullable().default(null),
  })
  .refine((v) => v.decision === 'accepted' || v.decision === 'noted' || v.response.length >= 3, {
    message: 'Say why (a response is needed unless the comment is accepted or noted)',
    path: ['response'],
  });
export type DispositionInput = z.input<typeof DispositionInputSchema>;

export const CommentParamsSchema = IndicatorCodeParamsSchema.extend({ id: ObjectIdSchema });

/** Filters of the compilation and its exports. */
export const CommentListQuerySchema = z.strictObject({
  organisation: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/, 'organisation is an organisation slug')
    .optional(),
  constituency: z.enum(ORG_CATEGORIES).optional(),
  type: z.enum(COMMENT_TYPES).optional(),
  /** A decision, or `none` for comments still waiting for one. */
  disposition: z.enum([...DISPOSITIONS, 'none']).optional(),
});
export type CommentListQuery = z.infer<typeof CommentListQuerySchema>;

const Ref = z.object({ id: z.string(), name: z.string() });
const OrgRef = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  category: z.enum(ORG_CATEGORIES),
});

const ParagraphDtoSchema = z.object({
  id: z.string(),
  field: z.enum(INDICATOR_TEXT_FIELDS),
  number: z.number().int(),
  text: z.string(),
});
export type ParagraphDto = z.infer<typeof ParagraphDtoSchema>;

const DispositionDtoSchema = z.object({
  decision: z.enum(DISPOSITIONS),
  response: z.string(),
  addressedInRevision: z.number().int().nullable(),
  by: Ref.nullable(),
  at: z.string(),
});

export const CommentDtoSchema = z.object({
  id: z.string(),
  round: z.number().int(),
  /** The revision in consultation the comment was made on. */
  revision: z.number().int(),
  organisation: OrgRef,
  author: Ref.nullable(),
  field: z.enum(INDICATOR_TEXT_FIELDS),
  /** "2.1 Computation method". */
  clause: z.string(),
  /** The paragraph as it read in that revision. */
  paragraph: ParagraphDtoSchema,
  quote: z.string().nullable(),
  type: z.enum(COMMENT_TYPES),
  comment: z.string(),
  proposedChange: z.string().nullable(),
  /** The proposed change as a word diff against the paragraph (or the quoted passage). */
  proposedDiff: z.array(DiffSegmentSchema).nullable(),
  status: z.enum(COMMENT_STATUSES),
  submittedAt: z.string().nullable(),
  submittedBy: Ref.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  disposition: DispositionDtoSchema.nullable(),
  /** Where the paragraph is in the current revision. */
  anchor: z.object({
    status: z.enum(ANCHOR_STATUSES),
    revision: z.number().int(),
    /** The paragraph's id and ¶ number now (the changed paragraph's, for `changed`); null when removed. */
    paragraphId: z.string().nullable(),
    number: z.number().int().nullable(),
  }),
  can: z.object({ edit: z.boolean(), dispose: z.boolean() }),
});
export type CommentDto = z.infer<typeof CommentDtoSchema>;

export const CommentListSchema = z.object({
  consultation: ConsultationDtoSchema.nullable(),
  currentRevision: z.number().int(),
  items: z.array(CommentDtoSchema),
  nextCursor: z.null(),
  /** Submitted comments of the round, before filters. */
  total: z.number().int(),
  /** Submitted comments of the round still without a disposition (they block endorsement). */
  undisposed: z.number().int(),
  /** The organisations that submitted comments (for the filter). */
  organisations: z.array(OrgRef),
  can: z.object({ comment: z.boolean(), dispose: z.boolean() }),
});
export type CommentList = z.infer<typeof CommentListSchema>;

/** `GET /api/indicators/:code/consultation`: the numbered text of the revision in consultation. */
export const ConsultationTextSchema = z.object({
  consultation: ConsultationDtoSchema.nullable(),
  currentRevision: z.number().int(),
  paragraphs: z.array(ParagraphDtoSchema),
});
export type ConsultationText = z.infer<typeof ConsultationTextSchema>;
