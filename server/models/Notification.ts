import mongoose, { Schema, type Types } from 'mongoose';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_SUBJECTS,
  type NotificationKind,
  type NotificationSubject,
} from '@shared/schemas/notification';

export interface NotificationRecord {
  _id: Types.ObjectId;
  recipientId: Types.ObjectId;
  kind: NotificationKind;
  actorId: Types.ObjectId | null;
  subjectType: NotificationSubject;
  subjectId: Types.ObjectId;
  link: string;
  /** The line in English as written (older notifications have only this). */
  text: string;
  /** The line's parts, written in each reader's language when shown (features/notifications/notificationText.ts). */
  params?: Record<string, unknown> | null;
  /** A short plain-text excerpt of what was said (mentions and replies); null otherwise. */
  excerpt?: string | null;
  readAt: Date | null;
  createdAt: Date;
}

const NotificationSchema = new Schema<NotificationRecord>(
  {
    recipientId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    actorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    subjectType: { type: String, enum: NOTIFICATION_SUBJECTS, required: true },
    subjectId: { type: Schema.Types.ObjectId, required: true },
    link: { type: String, required: true },
    text: { type: String, required: true },
    params: { type: Schema.Types.Mixed, default: null },
    excerpt: { type: String, default: null },
    readAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
// The notification centre: a recipient's newest first, and their unread ones.
NotificationSchema.index({ recipientId: 1, createdAt: -1, _id: -1 });
NotificationSchema.index({ recipientId: 1, readAt: 1 });
// Everyone's notifications about one thing (a message reworded or deleted, a thread narrowed).
NotificationSchema.index({ subjectId: 1, link: 1 });

export const Notification = mongoose.model<NotificationRecord>('Notification', NotificationSchema);
