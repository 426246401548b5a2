import type { z } from 'zod';
import type { List } from '@shared/schemas/common';
import type {
  DocumentDto,
  DocumentListSchema,
  DocumentListQuerySchema,
  DocumentVersionDto,
  DownloadQuerySchema,
} from '@shared/schemas/document';
import type { DocumentPreviewDto } from '@shared/schemas/documentPreview';
import { authorize, type Viewer } from '../../policies/index';
import { canReadDocument } from '../../policies/document';
import type { DocumentRecord } from '../../models/Document';
import { loadRefs, type Library } from './library';
import { findVersion, findVersions, loadDocument, subjectOf, type StoredVersion } from './documents';
import { searchDocuments } from './documentSearch';
import { versionView } from './documentView';
import { presentDocument, presentHit, presentHitJson } from './documentPresenter';
import { previewFile } from './documentPreview';
import { fileDownload, type FileDownload } from './download';
import { storageUsedBy } from './uploads/quota';

/*
 * The library's reads. Those that need the library (its search index, its file store) take it
 * first: there is one per app instance, handed to the routes at start.
 */

type ListQuery = z.infer<typeof DocumentListQuerySchema>;
type DocumentList = z.infer<typeof DocumentListSchema>;

/** A page of the library (searched, filtered, sorted) with only what the viewer may read. */
export async function listDocuments(library: Library, viewer: Viewer, q: ListQuery): Promise<DocumentList> {
  const page = await searchDocuments(library, viewer, q);
  return {
    items: page.hits.map((h) => presentHit(h.meta.view, h, viewer)),
    nextCursor: page.nextCursor,
    total: page.total,
  };
}

/**
 * listDocuments already serialised, for the HTTP route: the same JSON text, built from each
 * document's view serialised once when it was indexed (see presentHitJson).
 */
export async function listDocumentsJson(library: Library, viewer: Viewer, q: ListQuery): Promise<string> {
  const page = await searchDocuments(library, viewer, q);
  const items = page.hits.map((h) => presentHitJson(h.meta.viewJson, h, viewer));
  return `{"items":[${items.join(',')}],"nextCursor":${JSON.stringify(page.nextCursor)},"total":${page.total}}`;
}

/** A document the viewer may read; anything else is "not found", so its existence does not leak. */
export async function readableDocument(viewer: Viewer, id: string): Promise<DocumentRecord> {
  const doc = await loadDocument(id);
  authorize(canReadDocument(viewer, subjectOf(doc)), viewer, { hide: 'Document' });
  return doc;
}

/** One document with its current version, read afresh (and so refreshed in this instance's index). */
export async function readDocument(library: Library, viewer: Viewer, id: string): Promise<DocumentDto> {
  const doc = await readableDocument(viewer, id);
  return presentDocument((await library.reindex(doc._id))!, viewer);
}

/** Every version of a document, newest first, with their uploaders by name. */
export async function listVersions(viewer: Viewer, id: string): Promise<List<DocumentVersionDto>> {
  const doc = await readableDocument(viewer, id);
  const versions = await findVersions(doc._id);
  const refs = await loadRefs([], versions);
  return { items: versions.map((v) => versionView(v, refs)), nextCursor: null };
}

/** The current version's file, or a given version's, to download (or to show in the page). */
export async function readDownload(
  library: Library,
  viewer: Viewer,
  id: string,
  q: z.infer<typeof DownloadQuerySchema>,
): Promise<FileDownload> {
  const doc = await readableDocument(viewer, id);
  const v = await findVersion(doc._id, q.version ?? doc.currentVersion);
  return fileDownload(library.store, v, q.inline === '1');
}

/** The version a preview is asked for (the current one unless a number is given), if the viewer may read it. */
export async function previewableVersion(
  viewer: Viewer,
  id: string,
  version?: number,
): Promise<StoredVersion> {
  const doc = await readableDocument(viewer, id);
  return findVersion(doc._id, version ?? doc.currentVersion);
}

/** A version made readable in the page (415 for types the browser shows itself, or none). */
export function previewOf(library: Library, v: StoredVersion): Promise<DocumentPreviewDto> {
  return previewFile(library.store.pathOf(v.storageKey), v.mimeType, v.sha256);
}

/** Bytes the person's files take, every version counted (an upload is checked against the quota with it). */
export function storageUsed(person: NonNullable<Viewer>): Promise<number> {
  return storageUsedBy(person._id);
}
