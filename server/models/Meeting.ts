import mongoose, { Schema, type Types } from 'mongoose';
import { VISIBILITIES, type Visibility } from '@shared/roles';

export interface MeetingRecord {
  _id: Types.ObjectId;
  title: string;
  slug: string;
  event: string;
  location: string;
  startsAt: Date;
  endsAt: Date | null;
  chairOrganisationId: Types.ObjectId | null;
  participantIds: Types.ObjectId[];
  focus: string;
  report: string;
  visibility: Visibility;
  createdAt: Date;
  updatedAt: Date;
}

const MeetingSchema = new Schema<MeetingRecord>(
  {
    title: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    event: { type: String, default: '' },
    location: { type: String, default: '' },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, default: null },
    chairOrganisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    participantIds: [{ type: Schema.Types.ObjectId, ref: 'Organisation' }],
    focus: { type: String, default: '' },
    report: { type: String, default: '' },
    visibility: { type: String, enum: VISIBILITIES, default: 'public' },
  },
  { timestamps: true },
);
MeetingSchema.index({ visibility: 1, startsAt: -1 });

export const Meeting = mongoose.model<MeetingRecord>('Meeting', MeetingSchema);
