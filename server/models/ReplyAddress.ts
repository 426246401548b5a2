import mongoose, { Schema, type Types } from 'mongoose';

/**
 * A reply address handed out in one e-mail: `reply+<_id>.<signature>@REPLY_DOMAIN`. A reply to it is
 * posted in `threadId`, as a reply to `messageId`, by `userId` (and only if that person may still post
 * there). Expired ones are refused and removed by a clean-up job.
 */
export interface ReplyAddressRecord {
  _id: string;
  userId: Types.ObjectId;
  threadId: Types.ObjectId;
  messageId: Types.ObjectId;
  expiresAt: Date;
}

const ReplyAddressSchema = new Schema<ReplyAddressRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    threadId: { type: Schema.Types.ObjectId, ref: 'Thread', required: true },
    messageId: { type: Schema.Types.ObjectId, ref: 'Message', required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
ReplyAddressSchema.index({ expiresAt: 1 });

export const ReplyAddress = mongoose.model<ReplyAddressRecord>('ReplyAddress', ReplyAddressSchema);
