import mongoose, { Schema, type Types } from 'mongoose';

/** How far one user has read one thread. */
export interface ReadStateRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  threadId: Types.ObjectId;
  lastReadSeq: number;
}

const ReadStateSchema = new Schema<ReadStateRecord>({
  userId: { type: Schema.Types.ObjectId, required: true },
  threadId: { type: Schema.Types.ObjectId, required: true },
  lastReadSeq: { type: Number, default: 0 },
});
ReadStateSchema.index({ userId: 1, threadId: 1 }, { unique: true });

export const ReadState = mongoose.model<ReadStateRecord>('ReadState', ReadStateSchema);
