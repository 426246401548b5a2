import mongoose, { Schema, type Types } from 'mongoose';
import { TERM_STATUSES, TERM_VISIBILITIES, type TermStatus } from '@shared/schemas/term';
import type { Visibility } from '@shared/roles';

/** A glossary entry: the coalition's shared terminology. */
export interface TermRecord {
  _id: Types.ObjectId;
  term: string;
  slug: string;
  /** The term lower-cased without accents: sort key and search field. */
  termKey: string;
  definition: string;
  notes: string;
  sources: string[];
  relatedIds: Types.ObjectId[];
  status: TermStatus;
  /** Never 'hosts' (the enum below refuses it); typed wide so shared visibility filters apply. */
  visibility: Visibility;
  proposedBy: Types.ObjectId | null;
  agreedBy: Types.ObjectId | null;
  agreedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const TermSchema = new Schema<TermRecord>(
  {
    term: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    termKey: { type: String, required: true, unique: true },
    definition: { type: String, required: true },
    notes: { type: String, default: '' },
    sources: [{ type: String }],
    relatedIds: [{ type: Schema.Types.ObjectId, ref: 'Term' }],
    status: { type: String, enum: TERM_STATUSES, default: 'draft' },
    visibility: { type: String, enum: TERM_VISIBILITIES, default: 'public' },
    proposedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    agreedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    agreedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
TermSchema.index({ visibility: 1, termKey: 1 });
TermSchema.index({ agreedAt: -1 });

export const Term = mongoose.model<TermRecord>('Term', TermSchema);
