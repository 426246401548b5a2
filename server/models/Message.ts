import mongoose, { Schema, type Types } from 'mongoose';

export interface MessageRecord {
  _id: Types.ObjectId;
  threadId: Types.ObjectId;
  seq: number;
  authorId: Types.ObjectId;
  /** Chosen by the sender; resending the same one returns the stored message instead of a copy. */
  clientId: string;
  body: string;
  replyTo: Types.ObjectId | null;
  /** Mentioned people who may read the thread (checked when the message was stored). */
  mentions: Types.ObjectId[];
  edits: { body: string; at: Date }[];
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
}

const MessageSchema = new Schema<MessageRecord>(
  {
    threadId: { type: Schema.Types.ObjectId, ref: 'Thread', required: true },
    seq: { type: Number, required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    clientId: { type: String, required: true },
    body: { type: String, default: '' },
    replyTo: { type: Schema.Types.ObjectId, ref: 'Message', default: null },
    mentions: { type: [Schema.Types.ObjectId], default: [] },
    edits: { type: [{ body: String, at: Date, _id: false }], default: [] },
    editedAt: { type: Date, default: null },
    deletedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
MessageSchema.index({ threadId: 1, seq: 1 }, { unique: true });
MessageSchema.index({ threadId: 1, authorId: 1, clientId: 1 }, { unique: true });

export const Message = mongoose.model<MessageRecord>('Message', MessageSchema);
