import mongoose, { Schema, type Types } from 'mongoose';
import { VISIBILITIES, type Visibility } from '@shared/roles';

export interface PresentationRecord {
  title: string;
  presenterOrganisationId: Types.ObjectId | null;
  documentId: Types.ObjectId | null;
}

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
  /** The accepted report version: 1 as first recorded, +1 for each accepted change. */
  reportVersion: number;
  presentations: PresentationRecord[];
  decisions: string[];
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
    reportVersion: { type: Number, default: 1 },
    presentations: [
      new Schema<PresentationRecord>(
        {
          title: { type: String, required: true },
          presenterOrganisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
          documentId: { type: Schema.Types.ObjectId, ref: 'Document', default: null },
        },
        { _id: false },
      ),
    ],
    decisions: [{ type: String }],
    visibility: { type: String, enum: VISIBILITIES, default: 'public' },
  },
  { timestamps: true },
);
MeetingSchema.index({ visibility: 1, startsAt: -1 });

export const Meeting = mongoose.model<MeetingRecord>('Meeting', MeetingSchema);
