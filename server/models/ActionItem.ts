import mongoose, { Schema, type Types } from 'mongoose';
import { ACTION_STATUSES, ACTION_VISIBILITIES, type ActionStatus } from '@shared/schemas/action';
import type { Visibility } from '@shared/roles';

/** A follow-up agreed at a meeting (or recorded on its own). */
export interface ActionItemRecord {
  _id: Types.ObjectId;
  meetingId: Types.ObjectId | null;
  title: string;
  description: string;
  ownerOrganisationId: Types.ObjectId;
  assigneeId: Types.ObjectId | null;
  dueAt: Date | null;
  /** dueAt, or a far-future date when there is none: keyset pagination needs a non-null sort key. */
  dueSort: Date;
  status: ActionStatus;
  statusChangedAt: Date | null;
  /** Never 'public' (the enum below refuses it); typed wide so shared visibility filters apply. */
  visibility: Visibility;
  createdBy: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The sort key of an item without a due date: after every real date. */
export const NO_DUE_DATE = new Date('9999-12-31T00:00:00Z');

const ActionItemSchema = new Schema<ActionItemRecord>(
  {
    meetingId: { type: Schema.Types.ObjectId, ref: 'Meeting', default: null },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    ownerOrganisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    assigneeId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    dueAt: { type: Date, default: null },
    dueSort: { type: Date, required: true },
    status: { type: String, enum: ACTION_STATUSES, default: 'open' },
    statusChangedAt: { type: Date, default: null },
    visibility: { type: String, enum: ACTION_VISIBILITIES, default: 'members' },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true },
);
// The board's views: by assignee, by owner organisation, by meeting, each in due-date order.
ActionItemSchema.index({ assigneeId: 1, dueSort: 1 });
ActionItemSchema.index({ ownerOrganisationId: 1, dueSort: 1 });
ActionItemSchema.index({ meetingId: 1, dueSort: 1 });
ActionItemSchema.index({ status: 1, dueSort: 1 });
ActionItemSchema.index({ statusChangedAt: -1 });
// The board's default view: what the viewer may read, soonest due first.
ActionItemSchema.index({ visibility: 1, dueSort: 1, _id: 1 });
// Catch-up's latest status changes.
ActionItemSchema.index({ visibility: 1, statusChangedAt: -1 });

export const ActionItem = mongoose.model<ActionItemRecord>('ActionItem', ActionItemSchema);
