import mongoose, { Schema } from 'mongoose';

/**
 * One person's digest of one period, `_id: "<userId>:<daily|weekly>:<period>"`: inserted before the
 * digest is sent, so a retried job, a restart or another instance never sends it twice.
 */
export interface DigestSendRecord {
  _id: string;
  sentAt: Date | null;
  createdAt: Date;
}

const DigestSendSchema = new Schema<DigestSendRecord>(
  { _id: { type: String, required: true }, sentAt: { type: Date, default: null } },
  { timestamps: { createdAt: true, updatedAt: false } },
);
DigestSendSchema.index({ createdAt: 1 });

export const DigestSend = mongoose.model<DigestSendRecord>('DigestSend', DigestSendSchema);
