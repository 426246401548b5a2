import fs from 'node:fs';
import type { Types } from 'mongoose';
import { DocumentModel } from '../models/Document';
import { DocumentVersion } from '../models/DocumentVersion';
import { Meeting } from '../models/Meeting';
import { FileStore } from '../features/library/uploads/fileStore';
import { hashFile } from '../features/library/uploads/hashFile';
import { BALI_DECISIONS, BALI_PRESENTATIONS } from './data/presentations';

/** One public presentation summary in the library (found again by title and meeting). */
async function presentationDocument(
  store: FileStore,
  p: (typeof BALI_PRESENTATIONS)[number],
  ids: { meetingId: Types.ObjectId; ownerId: Types.ObjectId; organisationId: Types.ObjectId | null },
): Promise<{ id: Types.ObjectId; created: boolean }> {
  const existing = await DocumentModel.findOne(
    { title: p.title, meetingId: ids.meetingId },
    { _id: 1 },
  ).lean();
  if (existing) return { id: existing._id, created: false };
  const temp = store.newTempPath();
  await fs.promises.writeFile(temp, p.body);
  const { size, sha256 } = await hashFile(temp);
  const storageKey = await store.adopt(temp);
  const doc = await DocumentModel.create({
    title: p.title,
    description: 'Summary of the presentation, written from the Bali 2013 session report.',
    kind: 'presentation',
    tags: ['presentation', 'bali 2013'],
    meetingId: ids.meetingId,
    organisationId: ids.organisationId,
    year: 2013,
    visibility: 'public',
    ownerId: ids.ownerId,
    currentVersion: 1,
  });
  await DocumentVersion.create({
    documentId: doc._id,
    number: 1,
    originalName: p.fileName,
    mimeType: 'text/markdown',
    size,
    sha256,
    storageKey,
    uploadedBy: ids.ownerId,
    note: 'Summary written from the session report',
  });
  return { id: doc._id, created: true };
}

/**
 * Gives the Bali meeting its presentations (each linked to a library document) and decisions,
 * unless it has some already: a host's later edits are never overwritten.
 */
export async function seedBaliPresentations(
  uploadsDir: string,
  meetingId: Types.ObjectId,
  ownerId: Types.ObjectId,
  idOf: Map<string, Types.ObjectId>,
): Promise<number> {
  // Returns how many library documents this run added.
  const meeting = await Meeting.findById(meetingId, { presentations: 1, decisions: 1 }).lean();
  if (!meeting) return 0;
  const store = new FileStore(uploadsDir);
  const presentations = [];
  let created = 0;
  for (const p of BALI_PRESENTATIONS) {
    const organisationId = idOf.get(p.presenter) ?? null;
    const { id: documentId, created: isNew } = await presentationDocument(store, p, {
      meetingId,
      ownerId,
      organisationId,
    });
    if (isNew) created++;
    presentations.push({ title: p.title, presenterOrganisationId: organisationId, documentId });
  }
  const set: Record<string, unknown> = {};
  if (!meeting.presentations?.length) set.presentations = presentations;
  if (!meeting.decisions?.length) set.decisions = BALI_DECISIONS;
  if (Object.keys(set).length) await Meeting.updateOne({ _id: meetingId }, { $set: set });
  return created;
}
