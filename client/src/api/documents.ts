import type { Language } from '@shared/i18n/languages';
import { listOf, type List } from '@shared/schemas/common';
import {
  DocumentDtoSchema,
  DocumentHitSchema,
  DocumentVersionDtoSchema,
  type DOCUMENT_SORTS,
  type DocumentDto,
  type DocumentFieldsInput,
  type DocumentHit,
  type DocumentKind,
  type DocumentVersionDto,
  type UpdateDocumentInput,
} from '@shared/schemas/document';
import { DocumentPreviewDtoSchema, type DocumentPreviewDto } from '@shared/schemas/documentPreview';
import { apiFetch, queryString } from './client';
import { apiUpload, type UploadOptions } from './upload';

export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

const DocumentHitListSchema = listOf(DocumentHitSchema);
const VersionListSchema = listOf(DocumentVersionDtoSchema);

export interface DocumentListParams {
  /** Words, matched as prefixes in title, description, tags and extracted text. */
  q?: string;
  kind?: DocumentKind;
  /** A meeting id. */
  meeting?: string;
  /** An organisation id. */
  organisation?: string;
  tag?: string;
  year?: number;
  /** Relevance (the default with `q`), newest (the default without), oldest or title. */
  sort?: DocumentSort;
  /** Archived documents instead of current ones (the caller's own, or all for hosts). */
  archived?: boolean;
  /** Only documents written in this language. */
  language?: Language;
  cursor?: string | null;
  limit?: number;
}

const docPath = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

/** Searches and browses the library; with `q` each hit has a snippet around the match. */
export function listDocuments(
  params: DocumentListParams = {},
  signal?: AbortSignal,
): Promise<List<DocumentHit>> {
  const { archived, q, ...rest } = params;
  return apiFetch(
    `/api/documents${queryString({ ...rest, q: q?.trim(), archived: archived ? 'true' : undefined })}`,
    { schema: DocumentHitListSchema, signal },
  );
}

/** One document with its current version and what the caller may do; 404 when not readable. */
export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentDto> {
  return apiFetch(docPath(id), { schema: DocumentDtoSchema, signal });
}

/** Every version of a document, newest first. */
export async function listDocumentVersions(id: string, signal?: AbortSignal): Promise<DocumentVersionDto[]> {
  const { items } = await apiFetch(`${docPath(id)}/versions`, { schema: VersionListSchema, signal });
  return items;
}

/** Edits a document's details (owner or host). */
export function updateDocument(id: string, changes: UpdateDocumentInput): Promise<DocumentDto> {
  return apiFetch(docPath(id), { method: 'PATCH', body: changes, schema: DocumentDtoSchema });
}

/** Archives a document (owner or host); its files and versions are kept. */
export function archiveDocument(id: string): Promise<DocumentDto> {
  return apiFetch(docPath(id), { method: 'DELETE', schema: DocumentDtoSchema });
}

/** Brings an archived document back into the library (owner or host). */
export function restoreDocument(id: string): Promise<DocumentDto> {
  return apiFetch(`${docPath(id)}/restore`, { method: 'POST', schema: DocumentDtoSchema });
}

/** A Markdown, text, CSV or Word version made readable in the page (HTML sanitised by the server). */
export function getDocumentPreview(
  id: string,
  version: number,
  signal?: AbortSignal,
): Promise<DocumentPreviewDto> {
  return apiFetch(`${docPath(id)}/preview${queryString({ version })}`, {
    schema: DocumentPreviewDtoSchema,
    signal,
  });
}

/** The address of a document's file: the current version unless `version` is given. */
export function documentDownloadUrl(
  id: string,
  options: { version?: number; inline?: boolean } = {},
): string {
  return `${docPath(id)}/download${queryString({ version: options.version, inline: options.inline ? 1 : undefined })}`;
}

/** The metadata sent with an upload: every value as a string, as multipart fields are. */
export type UploadFields = { [K in keyof DocumentFieldsInput]-?: string };

/**
 * Uploads a new document (member or host) with progress. Errors: 400 with `fields`, 413 too large,
 * 415 type not accepted (judged from the bytes by the server).
 */
export function uploadDocument(
  file: File,
  fields: UploadFields,
  options: UploadOptions = {},
): Promise<DocumentDto> {
  const form = new FormData();
  // Text fields first, then the file: the server reads the parts in order.
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  return apiUpload('/api/documents', form, { ...options, schema: DocumentDtoSchema });
}

/** Adds a new version of a document (owner or host) with progress. */
export function uploadDocumentVersion(
  id: string,
  file: File,
  note: string,
  options: UploadOptions = {},
): Promise<DocumentDto> {
  const form = new FormData();
  form.append('note', note);
  form.append('file', file, file.name);
  return apiUpload(`${docPath(id)}/versions`, form, { ...options, schema: DocumentDtoSchema });
}
