import { z } from 'zod';
import { ObjectIdSchema, PageQuerySchema } from './common';

export const FOLLOW_UP_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
/** Statuses that still need work: only these can be overdue. */
export const ACTIVE_FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['open', 'in-progress'];

/** Follow-ups are never public: members-only or hosts-only. */
export const FOLLOW_UP_VISIBILITIES = ['members', 'hosts'] as const;

const Ref = z.object({ id: z.string(), name: z.string() });
const OrgRef = Ref.extend({ slug: z.string() });

export const FollowUpDtoSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  /** The description rendered from markdown and sanitised on the server. */
  descriptionHtml: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  dueAt: z.string().nullable(),
  /** Due date passed and still open or in progress; computed on the server. */
  overdue: z.boolean(),
  owner: OrgRef.nullable(),
  assignee: Ref.nullable(),
  meeting: z.object({ id: z.string(), slug: z.string(), title: z.string() }).nullable(),
  visibility: z.enum(FOLLOW_UP_VISIBILITIES),
  createdAt: z.string(),
  updatedAt: z.string(),
  statusChangedAt: z.string().nullable(),
  can: z.object({ edit: z.boolean() }),
});
export type FollowUpDto = z.infer<typeof FollowUpDtoSchema>;

/** A date as YYYY-MM-DD (stored as UTC midnight). */
const DueDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2014-03-31')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'Not a real date');

const title = z.string().trim().min(3, 'Give the follow-up a title').max(200);
const description = z.string().trim().max(5000, 'At most 5000 characters');

export const CreateFollowUpSchema = z.strictObject({
  title,
  description: description.default(''),
  ownerOrganisationId: ObjectIdSchema,
  assigneeId: ObjectIdSchema.nullable().default(null),
  dueAt: DueDateSchema.nullable().default(null),
  meetingId: ObjectIdSchema.nullable().default(null),
  status: z.enum(FOLLOW_UP_STATUSES).default('open'),
  visibility: z.enum(FOLLOW_UP_VISIBILITIES).default('members'),
});
export type CreateFollowUpInput = z.input<typeof CreateFollowUpSchema>;

export const UpdateFollowUpSchema = z
  .strictObject({
    title: title.optional(),
    description: description.optional(),
    ownerOrganisationId: ObjectIdSchema.optional(),
    assigneeId: ObjectIdSchema.nullable().optional(),
    dueAt: DueDateSchema.nullable().optional(),
    meetingId: ObjectIdSchema.nullable().optional(),
    status: z.enum(FOLLOW_UP_STATUSES).optional(),
    visibility: z.enum(FOLLOW_UP_VISIBILITIES).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' });
export type UpdateFollowUpInput = z.input<typeof UpdateFollowUpSchema>;

export const FollowUpIdParamsSchema = z.strictObject({ id: ObjectIdSchema });

export const FollowUpListQuerySchema = PageQuerySchema.extend({
  /** `me`: assigned to the caller. */
  assignee: z.union([z.literal('me'), ObjectIdSchema]).optional(),
  /** `mine`: owned by the caller's organisation. */
  owner: z.union([z.literal('mine'), ObjectIdSchema]).optional(),
  meeting: ObjectIdSchema.optional(),
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  /** Only items still open whose due date has passed. */
  overdue: z.enum(['true', 'false']).optional(),
});
