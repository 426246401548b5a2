import mongoose, { Schema, type Types } from 'mongoose';

/** "This document changed": lets every app instance bring its in-memory search index up to date. */
export interface SearchChangeRecord {
  _id: Types.ObjectId;
  documentId: Types.ObjectId;
  at: Date;
}

const SearchChangeSchema = new Schema<SearchChangeRecord>({
  documentId: { type: Schema.Types.ObjectId, required: true },
  at: { type: Date, default: () => new Date() },
});
SearchChangeSchema.index({ at: 1 });

export const SearchChange = mongoose.model<SearchChangeRecord>('SearchChange', SearchChangeSchema);
