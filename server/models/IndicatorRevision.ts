import mongoose, { Schema, type Types } from 'mongoose';
import {
  INDICATOR_TEXT_FIELDS,
  INDICATOR_TIERS,
  REVISED_FIELDS,
  type IndicatorTextField,
  type IndicatorTier,
  type RevisedField,
} from '@shared/schemas/indicator';

export type RevisionFields = {
  title: string;
  tier: IndicatorTier;
  custodianId: Types.ObjectId | null;
} & Record<IndicatorTextField, string>;

/** A full snapshot of an indicator's metadata, appended on every save and never changed. */
export interface IndicatorRevisionRecord {
  _id: Types.ObjectId;
  indicatorId: Types.ObjectId;
  number: number;
  fields: RevisionFields;
  authorId: Types.ObjectId | null;
  note: string;
  /** The revision the author started from (null for the first). */
  baseRevision: number | null;
  changedFields: RevisedField[];
  createdAt: Date;
}

const FieldsSchema = new Schema<RevisionFields>(
  {
    title: { type: String, required: true },
    tier: { type: String, enum: INDICATOR_TIERS, required: true },
    custodianId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    ...Object.fromEntries(INDICATOR_TEXT_FIELDS.map((f) => [f, { type: String, default: '' }])),
  },
  { _id: false },
);

const IndicatorRevisionSchema = new Schema<IndicatorRevisionRecord>(
  {
    indicatorId: { type: Schema.Types.ObjectId, ref: 'Indicator', required: true },
    number: { type: Number, required: true },
    fields: { type: FieldsSchema, required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    note: { type: String, default: '' },
    baseRevision: { type: Number, default: null },
    changedFields: { type: [String], enum: REVISED_FIELDS, default: [] },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
// The last word on "revision n": two processes racing for the same number cannot both win.
IndicatorRevisionSchema.index({ indicatorId: 1, number: 1 }, { unique: true });

export const IndicatorRevision = mongoose.model<IndicatorRevisionRecord>(
  'IndicatorRevision',
  IndicatorRevisionSchema,
);
