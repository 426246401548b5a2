import mongoose, { Schema, type Types } from 'mongoose';
import { STANCES, type Stance } from '@shared/schemas/indicator';

/** One organisation's position in one consultation round of an indicator. */
export interface PositionRecord {
  _id: Types.ObjectId;
  indicatorId: Types.ObjectId;
  round: number;
  /** The revision the consultation opened on (what the organisation responded to). */
  revision: number;
  organisationId: Types.ObjectId;
  stance: Stance;
  comment: string;
  recordedBy: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

const PositionSchema = new Schema<PositionRecord>(
  {
    indicatorId: { type: Schema.Types.ObjectId, ref: 'Indicator', required: true },
    round: { type: Number, required: true },
    revision: { type: Number, required: true },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    stance: { type: String, enum: STANCES, required: true },
    comment: { type: String, default: '' },
    recordedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true },
);
// One position per organisation per consultation round; changing it updates this row.
PositionSchema.index({ indicatorId: 1, round: 1, organisationId: 1 }, { unique: true });

export const Position = mongoose.model<PositionRecord>('Position', PositionSchema);
