import { z } from 'zod';
import { VISIBILITIES } from '../roles';
import { LanguageSchema } from './language';
import { FreeTextSchema, ObjectIdSchema, PageQuerySchema } from './common';

export const DOCUMENT_KINDS = [
  'report',
  'presentation',
  'resource',
  'minutes',
  'survey',
  'draft',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const TEXT_STATUSES = ['pending', 'done', 'failed', 'unsupported'] as const;

/** File types the library accepts, as sniffed from the bytes. */
export const ACCEPTED_FILE_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (PPTX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text (ODT)',
  'text/plain': 'Text',
  'text/markdown': 'Markdown',
  'text/csv': 'CSV',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
} as const;
export const ACCEPTED_EXTENSIONS = [
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.txt',
  '.md',
  '.markdown',
  '.csv',
  '.png',
  '.jpg',
  '.jpeg',
];

const TagsSchema = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')))
  .transform((tags) => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))])
  .pipe(z.array(z.string().max(40, 'Tags are at most 40 characters')).max(20, 'At most 20 tags'));

const YearSchema = z.coerce.number().int().min(1990, 'Year looks wrong').max(2100, 'Year looks wrong');

/** The metadata fields sent with an upload (multipart form fields arrive as strings). */
export const DocumentFieldsSchema = z.strictObject({
  title: z.string().trim().min(2, 'Give the document a title').max(200),
  description: z.string().trim().max(4000).optional().default(''),
  kind: z.enum(DOCUMENT_KINDS, { message: 'Choose a kind' }),
  tags: TagsSchema.optional().default([]),
  meetingId: z
    .union([ObjectIdSchema, z.literal('')])
    .optional()
    .transform((v) => v || null),
  organisationId: z
    .union([ObjectIdSchema, z.literal('')])
    .optional()
    .transform((v) => v || null),
  year: z
    .union([YearSchema, z.literal('')])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  visibility: z.enum(VISIBILITIES).default('members'),
  /** The language the document is written in; absent or empty: the uploader's interface language. */
  language: z
    .union([LanguageSchema, z.literal('')])
    .optional()
    .transform((v) => v || undefined),
  note: z.string().trim().max(500).optional().default(''),
});
export type DocumentFieldsInput = z.input<typeof DocumentFieldsSchema>;

export const UpdateDocumentSchema = z
  .strictObject({
    title: z.string().trim().min(2, 'Give the document a title').max(200),
    description: z.string().trim().max(4000),
    kind: z.enum(DOCUMENT_KINDS),
    tags: TagsSchema,
    meetingId: ObjectIdSchema.nullable(),
    organisationId: ObjectIdSchema.nullable(),
    year: YearSchema.nullable(),
    visibility: z.enum(VISIBILITIES),
    language: LanguageSchema,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'Change at least one field');
export type UpdateDocumentInput = z.input<typeof UpdateDocumentSchema>;

export const NewVersionFieldsSchema = z.strictObject({
  note: z.string().trim().max(500).optional().default(''),
});

export const DocumentVersionDtoSchema = z.object({
  number: z.number().int(),
  filename: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  note: z.string(),
  uploadedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  textStatus: z.enum(TEXT_STATUSES),
});
export type DocumentVersionDto = z.infer<typeof DocumentVersionDtoSchema>;

export const DocumentDtoSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  tags: z.array(z.string()),
  meeting: z.object({ id: z.string(), title: z.string(), slug: z.string() }).nullable(),
  organisation: z.object({ id: z.string(), name: z.string(), slug: z.string() }).nullable(),
  year: z.number().int().nullable(),
  visibility: z.enum(VISIBILITIES),
  /** The language the document is written in (one of the six). */
  language: LanguageSchema,
  archived: z.boolean(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  currentVersion: DocumentVersionDtoSchema,
  versionCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the caller may do, so the client can show the right buttons. */
  can: z.object({ edit: z.boolean(), archive: z.boolean(), addVersion: z.boolean() }),
});
export type DocumentDto = z.infer<typeof DocumentDtoSchema>;

export const DocumentHitSchema = DocumentDtoSchema.extend({
  /** A short piece of text around the first match, for search results. */
  snippet: z.string().nullable(),
  score: z.number().nullable(),
});
export type DocumentHit = z.infer<typeof DocumentHitSchema>;

export const DOCUMENT_SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;

export const DocumentListQuerySchema = PageQuerySchema.extend({
  q: FreeTextSchema(200).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  meeting: ObjectIdSchema.optional(),
  organisation: ObjectIdSchema.optional(),
  tag: FreeTextSchema(40).toLowerCase().optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  /** Only documents written in this language. */
  language: LanguageSchema.optional(),
  sort: z.enum(DOCUMENT_SORTS).optional(),
  archived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const DocumentIdParamsSchema = z.strictObject({ id: ObjectIdSchema });
export const DownloadQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
  inline: z.enum(['1']).optional(),
});

/** A page of library results; `total` counts every match the caller may read. */
export const DocumentListSchema = z.object({
  items: z.array(DocumentHitSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
