import fs from 'node:fs';
import path from 'node:path';
import type { Types } from 'mongoose';
import { DocumentModel } from '../models/Document';
import { DocumentVersion } from '../models/DocumentVersion';
import { FileStore } from '../features/library/uploads/fileStore';
import { hashFile } from '../features/library/uploads/hashFile';

const BALI_PDF = 'dc-cos-bali-2013-report.pdf';

/**
 * The Bali 2013 report PDF as a public library document linked to its meeting. Its text is
 * extracted by the library's queue once the server starts (status 'pending' until then).
 */
export async function seedBaliReport(
  uploadsDir: string,
  dataDir: string,
  ids: { meetingId: Types.ObjectId; ownerId: Types.ObjectId; organisationId: Types.ObjectId | null },
) {
  const title = 'Report of the Dynamic Coalition on Child Online Safety — Bali 2013';
  if (await DocumentModel.exists({ title, meetingId: ids.meetingId })) return 0;
  const store = new FileStore(uploadsDir);
  const temp = store.newTempPath();
  await fs.promises.copyFile(path.join(dataDir, BALI_PDF), temp);
  const { size, sha256 } = await hashFile(temp);
  const storageKey = await store.adopt(temp);
  const doc = await DocumentModel.create({
    title,
    description:
      'Session report of the coalition’s meeting at IGF 2013 in Bali: new members, the focus on indicators for child sexual abuse material online, presentations by INHOPE, IWF and the Financial Coalition, and the follow-ups agreed.',
    kind: 'report',
    tags: ['session report', 'indicators', 'bali 2013'],
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
    originalName: BALI_PDF,
    mimeType: 'application/pdf',
    size,
    sha256,
    storageKey,
    uploadedBy: ids.ownerId,
    note: 'Session report as published',
  });
  return 1;
}
