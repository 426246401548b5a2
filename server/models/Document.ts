import mongoose, { Schema, type Types } from 'mongoose';
import { VISIBILITIES, type Visibility } from '@shared/roles';
import { DOCUMENT_KINDS, type DocumentKind } from '@shared/schemas/document';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/languages';

export interface DocumentRecord {
  _id: Types.ObjectId;
  title: string;
  description: string;
  kind: DocumentKind;
  tags: string[];
  meetingId: Types.ObjectId | null;
  organisationId: Types.ObjectId | null;
  year: number | null;
  visibility: Visibility;
  /**
   * The language the document is written in: required, English by default. Optional here because
   * records stored before languages lack it when read (lean): they read as English.
   */
  language?: Language;
  ownerId: Types.ObjectId;
  archivedAt: Date | null;
  currentVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

const DocumentSchema = new Schema<DocumentRecord>(
  {
    title: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    kind: { type: String, enum: DOCUMENT_KINDS, required: true },
    tags: { type: [String], default: [] },
    meetingId: { type: Schema.Types.ObjectId, ref: 'Meeting', default: null },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    year: { type: Number, default: null },
    visibility: { type: String, enum: VISIBILITIES, default: 'members' },
    language: { type: String, enum: LANGUAGES, required: true, default: DEFAULT_LANGUAGE },
    ownerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    archivedAt: { type: Date, default: null },
    currentVersion: { type: Number, default: 1 },
  },
  { timestamps: true },
);
DocumentSchema.index({ visibility: 1, archivedAt: 1, createdAt: -1 });
DocumentSchema.index({ meetingId: 1 });

export const DocumentModel = mongoose.model<DocumentRecord>('Document', DocumentSchema);
