import mongoose, { Schema, type Types } from 'mongoose';
import { FOLLOW_UP_STATUSES, FOLLOW_UP_VISIBILITIES, type FollowUpStatus } from '@shared/schemas/followUp';
import type { Visibility } from '@shared/roles';

/** A follow-up agreed at a meeting (or recorded on its own). */
export interface FollowUpRecord {
  _id: Types.ObjectId;
  meetingId: Types.ObjectId | null;
  title: string;
  description: string;
  ownerOrganisationId: Types.ObjectId;
  assigneeId: Types.ObjectId | null;
  dueAt: Date | null;
  /** dueAt, or a far-future date when there is none: keyset pagination needs a non-null sort key. */
  dueSort: Date;
  status: FollowUpStatus;
  statusChangedAt: Date | null;
  /** Never 'public' (the enum below refuses it); typed wide so shared visibility filters apply. */
  visibility: Visibility;
  createdBy: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The sort key of an item without a due date: after every real date. */
export const NO_DUE_DATE = new Date('9999-12-31T00:00:00Z');

const FollowUpSchema = new Schema<FollowUpRecord>(
  {
    meetingId: { type: Schema.Types.ObjectId, ref: 'Meeting', default: null },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    ownerOrganisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    assigneeId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    dueAt: { type: Date, default: null },
    dueSort: { type: Date, required: true },
    status: { type: String, enum: FOLLOW_UP_STATUSES, default: 'open' },
    statusChangedAt: { type: Date, default: null },
    visibility: { type: String, enum: FOLLOW_UP_VISIBILITIES, default: 'members' },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true },
);
// The board's views: by assignee, by owner organisation, by meeting, each in due-date order.
FollowUpSchema.index({ assigneeId: 1, dueSort: 1 });
FollowUpSchema.index({ ownerOrganisationId: 1, dueSort: 1 });
FollowUpSchema.index({ meetingId: 1, dueSort: 1 });
FollowUpSchema.index({ status: 1, dueSort: 1 });
FollowUpSchema.index({ statusChangedAt: -1 });
// The board's default view: what the viewer may read, soonest due first.
FollowUpSchema.index({ visibility: 1, dueSort: 1, _id: 1 });
// Catch-up's latest status changes.
FollowUpSchema.index({ visibility: 1, statusChangedAt: -1 });

// Stored under the collection's first name, so existing data stays where it is.
export const FollowUp = mongoose.model<FollowUpRecord>('FollowUp', FollowUpSchema, 'actionitems');
