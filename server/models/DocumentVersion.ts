import mongoose, { Schema, type Types } from 'mongoose';
import { TEXT_STATUSES } from '@shared/schemas/document';

export interface DocumentVersionRecord {
  _id: Types.ObjectId;
  documentId: Types.ObjectId;
  number: number;
  originalName: string;
  mimeType: string;
  size: number;
  sha256: string;
  /** Generated name under UPLOADS_DIR; never derived from the client's file name. */
  storageKey: string;
  uploadedBy: Types.ObjectId | null;
  note: string;
  text: string;
  textStatus: (typeof TEXT_STATUSES)[number];
  /** While pending: until when the instance that claimed its extraction holds it (null: unclaimed). */
  extractionLeaseUntil?: Date | null;
  createdAt: Date;
}

const DocumentVersionSchema = new Schema<DocumentVersionRecord>(
  {
    documentId: { type: Schema.Types.ObjectId, ref: 'Document', required: true },
    number: { type: Number, required: true },
    originalName: { type: String, required: true },
    mimeType: { type: String, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    storageKey: { type: String, required: true, unique: true },
    uploadedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    note: { type: String, default: '' },
    text: { type: String, default: '' },
    textStatus: { type: String, enum: TEXT_STATUSES, default: 'pending' },
    extractionLeaseUntil: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
// One row per version number: concurrent uploads of a new version cannot both become "version 3".
DocumentVersionSchema.index({ documentId: 1, number: 1 }, { unique: true });
DocumentVersionSchema.index({ textStatus: 1 });
// A person's storage quota: the sizes of the versions they uploaded.
DocumentVersionSchema.index({ uploadedBy: 1 });

export const DocumentVersion = mongoose.model<DocumentVersionRecord>(
  'DocumentVersion',
  DocumentVersionSchema,
);
