import type { z } from 'zod';
import type { DocumentFieldsSchema } from '@shared/schemas/document';
import { DocumentModel, type DocumentRecord } from '../../models/Document';
import { DocumentVersion } from '../../models/DocumentVersion';
import { Meeting } from '../../models/Meeting';
import { Organisation } from '../../models/Organisation';
import { ConflictError, DomainError, ValidationError, isDuplicateKey } from '../../errors';
import { cleanDisplayText, displayFilename } from './uploads/displayName';
import { sniffFileType } from './uploads/fileSniffer';
import type { StoredTempFile } from './uploads/hashingStorage';
import { withinQuota } from './uploads/quota';
import type { Library } from './library';
import { visibilityFilter, type Viewer } from '../../policies/index';
import { recordAudit } from '../audit/audit';

class UnsupportedTypeError extends DomainError {
  constructor() {
    super(
      'unsupported_media_type',
      'This file type is not accepted. Upload PDF, DOCX, XLSX, PPTX, ODT, TXT, Markdown, CSV, PNG or JPEG.',
    );
  }
}

interface Uploader {
  _id: DocumentRecord['ownerId'];
  ip?: string | null;
}

/**
 * A document title as shown everywhere: without control or invisible format characters (bidi
 * overrides and the like, see cleanDisplayText). Clients often derive it from the file name, so it
 * gets the same cleaning; a title that was nothing else is refused like an empty one.
 */
export function cleanTitle(title: string): string {
  const clean = cleanDisplayText(title);
  if ([...clean].length < 2)
    throw new ValidationError('title: Give the document a title', { title: 'Give the document a title' });
  return clean;
}

/**
 * The meeting and organisation a document is filed under must exist, and the meeting must be one the
 * person may read: a hidden meeting answers like a missing one.
 */
export async function checkReferences(
  fields: { meetingId?: string | null; organisationId?: string | null },
  viewer: Viewer,
) {
  if (fields.meetingId && !(await Meeting.exists({ _id: fields.meetingId, ...visibilityFilter(viewer) }))) {
    throw new ValidationError('meetingId: No such meeting', { meetingId: 'No such meeting' });
  }
  if (fields.organisationId && !(await Organisation.exists({ _id: fields.organisationId }))) {
    throw new ValidationError('organisationId: No such organisation', {
      organisationId: 'No such organisation',
    });
  }
}

/**
 * Checks the uploaded bytes' type, moves the file into place under a generated key and returns
 * what a version record needs. The temporary file is always gone afterwards.
 */
async function adoptFile(library: Library, file: StoredTempFile, originalName: string) {
  try {
    const mimeType = await sniffFileType(file.path, originalName);
    if (!mimeType) throw new UnsupportedTypeError();
    const storageKey = await library.store.adopt(file.path);
    return {
      mimeType,
      storageKey,
      // The display name never contradicts the sniffed type (x.html holding a PNG is x.html.png).
      originalName: displayFilename(originalName, mimeType),
      size: file.size,
      sha256: file.sha256,
    };
  } finally {
    await library.store.remove(file.path);
  }
}

/**
 * Creates a document with its first version; text extraction is queued after the records exist.
 * With a quota (bytes, null: none), the uploader's files plus this one must fit in it.
 */
export async function createDocument(
  library: Library,
  fields: z.infer<typeof DocumentFieldsSchema>,
  file: StoredTempFile,
  originalName: string,
  uploader: Uploader,
  viewer: Viewer,
  quotaBytes: number | null = null,
) {
  const title = cleanTitle(fields.title);
  await checkReferences(fields, viewer);
  return withinQuota(quotaBytes, uploader._id, file.size, () =>
    recordDocument(library, { ...fields, title }, file, originalName, uploader),
  );
}

async function recordDocument(
  library: Library,
  fields: z.infer<typeof DocumentFieldsSchema>,
  file: StoredTempFile,
  originalName: string,
  uploader: Uploader,
) {
  const stored = await adoptFile(library, file, originalName);
  const { note, ...meta } = fields;
  let doc: DocumentRecord | null = null;
  try {
    doc = (await DocumentModel.create({ ...meta, ownerId: uploader._id, currentVersion: 1 })).toObject();
    const version = await DocumentVersion.create({
      ...stored,
      documentId: doc._id,
      number: 1,
      uploadedBy: uploader._id,
      note,
    });
    await recordAudit({
      actorId: uploader._id,
      action: 'document.uploaded',
      targetType: 'document',
      targetId: doc._id,
      ip: uploader.ip,
      details: { title: doc.title },
    });
    const view = await library.refresh(doc._id);
    library.enqueueExtraction(version._id);
    return view!;
  } catch (err) {
    // Nothing half-made stays behind: no record without its file, no file without its record.
    if (doc) await DocumentModel.deleteOne({ _id: doc._id });
    await library.store.remove(library.store.pathOf(stored.storageKey));
    throw err;
  }
}

/**
 * Adds a new current version. The unique (documentId, number) index settles concurrent uploads;
 * with a quota (bytes, null: none), the uploader's files plus this one must fit in it.
 */
export async function addVersion(
  library: Library,
  doc: DocumentRecord,
  file: StoredTempFile,
  originalName: string,
  note: string,
  uploader: Uploader,
  quotaBytes: number | null = null,
) {
  return withinQuota(quotaBytes, uploader._id, file.size, () =>
    recordVersion(library, doc, file, originalName, note, uploader),
  );
}

async function recordVersion(
  library: Library,
  doc: DocumentRecord,
  file: StoredTempFile,
  originalName: string,
  note: string,
  uploader: Uploader,
) {
  const stored = await adoptFile(library, file, originalName);
  const number = doc.currentVersion + 1;
  try {
    const version = await DocumentVersion.create({
      ...stored,
      documentId: doc._id,
      number,
      uploadedBy: uploader._id,
      note,
    });
    await DocumentModel.updateOne(
      { _id: doc._id, currentVersion: { $lt: number } },
      { $set: { currentVersion: number } },
    );
    await recordAudit({
      actorId: uploader._id,
      action: 'document.version-added',
      targetType: 'document',
      targetId: doc._id,
      ip: uploader.ip,
      details: { version: number },
    });
    const view = await library.refresh(doc._id);
    library.enqueueExtraction(version._id);
    return view!;
  } catch (err) {
    await library.store.remove(library.store.pathOf(stored.storageKey));
    if (isDuplicateKey(err))
      throw new ConflictError('Someone else added a version at the same moment; try again');
    throw err;
  }
}
