import mongoose, { Schema, type Types } from 'mongoose';
import { VISIBILITIES, type Visibility } from '@shared/roles';
import { THREAD_SUBJECT_TYPES, type ThreadSubjectType } from '@shared/schemas/thread';

export interface ThreadRecord {
  _id: Types.ObjectId;
  title: string;
  subjectType: ThreadSubjectType;
  subjectId: Types.ObjectId | null;
  /** `<type>:<id>` for subject threads (unique: one thread per subject), `general:<thread id>` otherwise. */
  subjectKey: string;
  /** Who may read it: the narrower of `chosenVisibility` and its subject's audience (features/discussions/subjectThreads.ts). */
  visibility: Visibility;
  /** The visibility chosen when the thread was opened (absent on threads from before the rule). */
  chosenVisibility?: Visibility;
  locked: boolean;
  /** The seq of the newest message; incremented atomically for each new message. */
  lastSeq: number;
  lastMessageAt: Date | null;
  createdBy: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

const ThreadSchema = new Schema<ThreadRecord>(
  {
    title: { type: String, required: true },
    subjectType: { type: String, enum: THREAD_SUBJECT_TYPES, default: 'general' },
    subjectId: { type: Schema.Types.ObjectId, default: null },
    subjectKey: { type: String, required: true, unique: true },
    visibility: { type: String, enum: VISIBILITIES, default: 'members' },
    chosenVisibility: { type: String, enum: VISIBILITIES },
    locked: { type: Boolean, default: false },
    lastSeq: { type: Number, default: 0 },
    lastMessageAt: { type: Date, default: null },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true },
);
ThreadSchema.index({ lastMessageAt: -1 });
ThreadSchema.index({ visibility: 1, updatedAt: -1, _id: -1 });

export const Thread = mongoose.model<ThreadRecord>('Thread', ThreadSchema);
