import { z } from 'zod';
import { VISIBILITIES } from '../roles';
import { FreeTextSchema, ObjectIdSchema, PageQuerySchema } from './common';

export const THREAD_SUBJECT_TYPES = ['general', 'document', 'meeting', 'indicator', 'action'] as const;
export type ThreadSubjectType = (typeof THREAD_SUBJECT_TYPES)[number];

export const MESSAGE_MAX = 10_000;
const MENTIONS_MAX = 20;

export const ThreadDtoSchema = z.object({
  id: z.string(),
  title: z.string(),
  subject: z.object({ type: z.enum(THREAD_SUBJECT_TYPES), id: z.string().nullable() }),
  visibility: z.enum(VISIBILITIES),
  locked: z.boolean(),
  lastSeq: z.number().int(),
  lastMessageAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Messages the caller has not read yet (0 for anonymous callers). */
  unread: z.number().int(),
  can: z.object({ post: z.boolean(), lock: z.boolean() }),
});
export type ThreadDto = z.infer<typeof ThreadDtoSchema>;

export const CreateThreadSchema = z.strictObject({
  title: z.string().trim().min(3, 'Give the thread a title').max(200),
  visibility: z.enum(VISIBILITIES).default('members'),
  subjectType: z.enum(THREAD_SUBJECT_TYPES).default('general'),
  subjectId: ObjectIdSchema.optional(),
});
export type CreateThreadInput = z.input<typeof CreateThreadSchema>;

export const UpdateThreadSchema = z.strictObject({ locked: z.boolean() });

export const ThreadListQuerySchema = PageQuerySchema.extend({
  subjectType: z.enum(THREAD_SUBJECT_TYPES).optional(),
  subjectId: ObjectIdSchema.optional(),
});

export const MessageDtoSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  seq: z.number().int(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  body: z.string(),
  /** The body rendered from markdown and sanitised on the server. */
  bodyHtml: z.string(),
  clientId: z.string(),
  replyTo: z
    .object({ id: z.string(), seq: z.number().int(), author: z.string().nullable(), excerpt: z.string() })
    .nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  editCount: z.number().int(),
  deleted: z.boolean(),
  mentions: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type MessageDto = z.infer<typeof MessageDtoSchema>;

export const MessageBodySchema = z
  .string()
  .trim()
  .min(1, 'Write a message')
  .max(MESSAGE_MAX, `Messages are at most ${MESSAGE_MAX} characters`);

export const PostMessageSchema = z.strictObject({
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Invalid client id'),
  body: MessageBodySchema,
  replyTo: ObjectIdSchema.optional(),
  /** People picked with @ in the composer; only those who may read the thread are kept and notified. */
  mentions: z.array(ObjectIdSchema).max(MENTIONS_MAX, `Mention at most ${MENTIONS_MAX} people`).optional(),
});

export const EditMessageSchema = z.strictObject({ body: MessageBodySchema });

export const MessagesQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const MarkReadSchema = z.strictObject({ seq: z.number().int().min(0) });

export const MessageEditsSchema = z.object({
  items: z.array(z.object({ body: z.string(), at: z.string() })),
});
export const ThreadIdParamsSchema = z.strictObject({ id: ObjectIdSchema });

export const MentionableQuerySchema = z.strictObject({
  q: FreeTextSchema(60).default(''),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export const MentionableListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() })),
});
export type Mentionable = z.infer<typeof MentionableListSchema>['items'][number];
