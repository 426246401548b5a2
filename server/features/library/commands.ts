import type { z } from 'zod';
import type { Language } from '@shared/i18n/languages';
import type { DocumentDto, DocumentFieldsSchema, UpdateDocumentSchema } from '@shared/schemas/document';
import { authorize, type Viewer } from '../../policies/index';
import { canManageDocument, canUploadDocument, canUseVisibility } from '../../policies/document';
import type { DocumentRecord } from '../../models/Document';
import { ConflictError } from '../../errors';
import type { Actor } from '../actor';
import type { Library } from './library';
import { setArchived, subjectOf, updateDocument } from './documents';
import { addVersion, createDocument } from './documentUploader';
import type { StoredTempFile } from './uploads/hashingStorage';
import { presentDocument } from './documentPresenter';
import { readableDocument } from './queries';

/*
 * The library's writes. Uploads are checked twice: the route asks checkMayUpload or
 * checkMayAddVersion before reading a byte of the body, and the command decides again on what it
 * records (the form's fields, and the document as it is once the file has arrived).
 */

/** A file received and kept in a temporary place (the route removes it afterwards, whatever happens). */
export interface Upload {
  file: StoredTempFile;
  originalName: string;
}

/** What an upload gets from the request beyond its form. */
export interface UploadContext {
  /** The uploader's interface language: the document's language when the form gives none. */
  language: Language;
  /** The per-person storage quota in bytes (null: none). */
  quotaBytes: number | null;
}

/** Members and hosts upload; anyone else is refused before the file is read. */
export function checkMayUpload(viewer: Viewer): void {
  authorize(canUploadDocument(viewer), viewer);
}

/** A document the viewer may read and manage (the owner, still a member, or a host). */
async function managedDocument(viewer: Viewer, id: string): Promise<DocumentRecord> {
  const doc = await readableDocument(viewer, id);
  authorize(canManageDocument(viewer, subjectOf(doc)), viewer);
  return doc;
}

/** A document that takes a new version from this viewer: managed by them, and not archived. */
export async function checkMayAddVersion(viewer: Viewer, id: string): Promise<DocumentRecord> {
  const doc = await managedDocument(viewer, id);
  if (doc.archivedAt) throw new ConflictError('Restore the document before adding a version');
  return doc;
}

/** Creates a document with the uploaded file as its first version. */
export async function uploadDocument(
  library: Library,
  actor: Actor,
  form: z.infer<typeof DocumentFieldsSchema>,
  upload: Upload,
  context: UploadContext,
): Promise<DocumentDto> {
  checkMayUpload(actor);
  // Written in the uploader's interface language unless the form says otherwise.
  const fields = { ...form, language: form.language ?? context.language };
  authorize(canUseVisibility(actor, fields.visibility), actor);
  const view = await createDocument(
    library,
    fields,
    upload.file,
    upload.originalName,
    actor,
    actor,
    context.quotaBytes,
  );
  return presentDocument(view, actor);
}

/** Makes the uploaded file the document's new current version. */
export async function addDocumentVersion(
  library: Library,
  actor: Actor,
  id: string,
  note: string,
  upload: Upload,
  quotaBytes: number | null,
): Promise<DocumentDto> {
  const doc = await checkMayAddVersion(actor, id);
  const view = await addVersion(library, doc, upload.file, upload.originalName, note, actor, quotaBytes);
  return presentDocument(view, actor);
}

/** Edits a document's metadata (its owner or a host; only hosts may restrict it to hosts). */
export async function editDocument(
  library: Library,
  actor: Actor,
  id: string,
  changes: z.infer<typeof UpdateDocumentSchema>,
): Promise<DocumentDto> {
  const doc = await managedDocument(actor, id);
  if (changes.visibility) authorize(canUseVisibility(actor, changes.visibility), actor);
  return presentDocument(await updateDocument(library, doc, changes, actor, actor), actor);
}

/** Archives (true) or restores (false) a document; its files and versions are kept either way. */
export async function archiveDocument(
  library: Library,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<DocumentDto> {
  const doc = await managedDocument(actor, id);
  return presentDocument(await setArchived(library, doc, archived, actor), actor);
}
