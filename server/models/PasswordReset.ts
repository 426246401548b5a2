import mongoose, { Schema, type Types } from 'mongoose';

export interface PasswordResetRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  /** SHA-256 of the one-time token; the token itself is never stored. */
  tokenHash: string;
  createdBy: Types.ObjectId | null;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

const PasswordResetSchema = new Schema<PasswordResetRecord>(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    tokenHash: { type: String, required: true, unique: true },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
PasswordResetSchema.index({ userId: 1 });

export const PasswordReset = mongoose.model<PasswordResetRecord>('PasswordReset', PasswordResetSchema);
