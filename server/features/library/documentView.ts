import type { DocumentDto, DocumentVersionDto } from '@shared/schemas/document';
import { DEFAULT_LANGUAGE } from '@shared/i18n/languages';
import type { DocumentRecord } from '../../models/Document';
import type { DocumentVersionRecord } from '../../models/DocumentVersion';

/**
 * The library's read model: what a document looks like to everyone, whoever asks. The search index
 * keeps one per document, made when the document is indexed: a document that cannot be shown is
 * left out then, rather than breaking every list that would include it, and a page of results
 * serialises nothing per request (see DocumentMeta.viewJson). What depends on the viewer (`can`,
 * snippets, scores) is added by documentPresenter. Pure functions over records and resolved names.
 */

/** Names a view needs, resolved by the caller in one query per collection (see loadRefs). */
export interface DocumentRefs {
  users: Map<string, { name: string }>;
  meetings: Map<string, { title: string; slug: string }>;
  organisations: Map<string, { name: string; slug: string }>;
}

export type DocumentView = Omit<DocumentDto, 'can'>;

/** A version as listed, with its uploader by name (null once that account is gone). */
export function versionView(
  v: Omit<DocumentVersionRecord, 'text'>,
  refs: Pick<DocumentRefs, 'users'>,
): DocumentVersionDto {
  const uploader = v.uploadedBy ? refs.users.get(String(v.uploadedBy)) : undefined;
  return {
    number: v.number,
    filename: v.originalName,
    mimeType: v.mimeType,
    size: v.size,
    sha256: v.sha256,
    note: v.note ?? '',
    uploadedBy: uploader ? { id: String(v.uploadedBy), name: uploader.name } : null,
    createdAt: v.createdAt.toISOString(),
    textStatus: v.textStatus,
  };
}

/** A document with its current version: the part of its DTO that is the same for every viewer. */
export function documentView(
  d: DocumentRecord,
  current: DocumentVersionRecord,
  refs: DocumentRefs,
): DocumentView {
  const owner = refs.users.get(String(d.ownerId));
  const meeting = d.meetingId ? refs.meetings.get(String(d.meetingId)) : undefined;
  const org = d.organisationId ? refs.organisations.get(String(d.organisationId)) : undefined;
  return {
    id: String(d._id),
    title: d.title,
    description: d.description ?? '',
    kind: d.kind,
    tags: d.tags ?? [],
    meeting: meeting ? { id: String(d.meetingId), ...meeting } : null,
    organisation: org ? { id: String(d.organisationId), ...org } : null,
    year: d.year ?? null,
    visibility: d.visibility,
    language: d.language ?? DEFAULT_LANGUAGE,
    archived: !!d.archivedAt,
    owner: owner ? { id: String(d.ownerId), name: owner.name } : null,
    currentVersion: versionView(current, refs),
    versionCount: d.currentVersion,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
