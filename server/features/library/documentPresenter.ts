import type { DocumentDto, DocumentVersionDto } from '@shared/schemas/document';
import { DEFAULT_LANGUAGE } from '@shared/i18n/languages';
import type { DocumentRecord } from '../../models/Document';
import type { DocumentVersionRecord } from '../../models/DocumentVersion';

/** Names the presenter needs, resolved by the caller in one query per collection. */
export interface DocumentRefs {
  users: Map<string, { name: string }>;
  meetings: Map<string, { title: string; slug: string }>;
  organisations: Map<string, { name: string; slug: string }>;
}

export type DocumentView = Omit<DocumentDto, 'can'>;

export function presentVersion(
  v: DocumentVersionRecord,
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

/** The viewer-independent part of a document's DTO (the search index caches exactly this). */
export function presentDocumentView(
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
    currentVersion: presentVersion(current, refs),
    versionCount: d.currentVersion,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
