import type { Types } from 'mongoose';
import type { z } from 'zod';
import type { UpdateDocumentSchema } from '@shared/schemas/document';
import { DocumentModel, type DocumentRecord } from '../../models/Document';
import { DocumentVersion, type DocumentVersionRecord } from '../../models/DocumentVersion';
import { NotFoundError } from '../../errors';
import { recordAudit } from '../audit/audit';
import { checkReferences, cleanTitle } from './documentUploader';
import type { Library } from './library';
import { followSubject } from '../discussions/subjectThreads';
import type { DocumentSubject } from '../../policies/document';
import type { Viewer } from '../../policies/index';

type Actor = { _id: Types.ObjectId; ip?: string | null };

/** A version as listed and downloaded: its extracted text (possibly large) is not read. */
export type StoredVersion = Omit<DocumentVersionRecord, 'text'>;

export const subjectOf = (d: DocumentRecord): DocumentSubject => ({
  visibility: d.visibility,
  archived: !!d.archivedAt,
  ownerId: String(d.ownerId),
});

export async function loadDocument(id: string): Promise<DocumentRecord> {
  const doc = await DocumentModel.findById(id).lean<DocumentRecord>();
  if (!doc) throw new NotFoundError('Document');
  return doc;
}

/** Every version of a document, newest first. */
export function findVersions(documentId: Types.ObjectId): Promise<StoredVersion[]> {
  return DocumentVersion.find({ documentId }, { text: 0 }).sort({ number: -1 }).lean<StoredVersion[]>();
}

/** One version of a document by its number (404 when there is no such version). */
export async function findVersion(documentId: Types.ObjectId, number: number): Promise<StoredVersion> {
  const v = await DocumentVersion.findOne({ documentId, number }, { text: 0 }).lean<StoredVersion>();
  if (!v) throw new NotFoundError('Version');
  return v;
}

export async function updateDocument(
  library: Library,
  doc: DocumentRecord,
  changes: z.infer<typeof UpdateDocumentSchema>,
  actor: Actor,
  viewer: Viewer,
) {
  await checkReferences(changes, viewer);
  // Titles are cleaned as on upload (no bidi overrides or other invisible characters).
  if (changes.title !== undefined) changes = { ...changes, title: cleanTitle(changes.title) };
  await DocumentModel.updateOne({ _id: doc._id }, { $set: changes });
  await recordAudit({
    actorId: actor._id,
    action: 'document.updated',
    targetType: 'document',
    targetId: doc._id,
    ip: actor.ip,
    details: { fields: Object.keys(changes) },
  });
  if (changes.visibility && changes.visibility !== doc.visibility) await followSubject('document', doc._id);
  return (await library.refresh(doc._id))!;
}

/** Archiving hides a document from everyone but its owner and hosts; restoring brings it back. Files are kept. */
export async function setArchived(library: Library, doc: DocumentRecord, archived: boolean, actor: Actor) {
  await DocumentModel.updateOne({ _id: doc._id }, { $set: { archivedAt: archived ? new Date() : null } });
  await recordAudit({
    actorId: actor._id,
    action: archived ? 'document.archived' : 'document.restored',
    targetType: 'document',
    targetId: doc._id,
    ip: actor.ip,
  });
  await followSubject('document', doc._id);
  return (await library.refresh(doc._id))!;
}
