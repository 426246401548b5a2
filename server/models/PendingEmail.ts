import mongoose, { Schema, type Types } from 'mongoose';
import type { NotificationKind } from '@shared/schemas/notification';

/**
 * A notification waiting to be e-mailed: at once (gathered for `EMAIL_BATCH_MINUTES`) or with the
 * next daily or weekly digest. `claim` is set by the one sender that takes it (a conditional
 * update, so two instances never send the same row); sent rows are deleted.
 */
export interface PendingEmailRecord {
  _id: Types.ObjectId;
  recipientId: Types.ObjectId;
  notificationId: Types.ObjectId;
  kind: NotificationKind;
  frequency: 'instant' | 'daily' | 'weekly';
  claim: string | null;
  claimedAt: Date | null;
  createdAt: Date;
}

const PendingEmailSchema = new Schema<PendingEmailRecord>(
  {
    recipientId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    notificationId: { type: Schema.Types.ObjectId, ref: 'Notification', required: true },
    kind: { type: String, required: true },
    frequency: { type: String, enum: ['instant', 'daily', 'weekly'], required: true },
    claim: { type: String, default: null },
    claimedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
// The batch sender's scan, and one person's digest.
PendingEmailSchema.index({ frequency: 1, claim: 1, createdAt: 1 });
PendingEmailSchema.index({ recipientId: 1, frequency: 1 });

export const PendingEmail = mongoose.model<PendingEmailRecord>('PendingEmail', PendingEmailSchema);
