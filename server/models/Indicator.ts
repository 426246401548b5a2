import mongoose, { Schema, type Types } from 'mongoose';
import { VISIBILITIES, type Visibility } from '@shared/roles';
import {
  INDICATOR_STATUSES,
  INDICATOR_TIERS,
  type IndicatorStatus,
  type IndicatorTier,
} from '@shared/schemas/indicator';

/** One recorded status change: the timeline of an indicator. */
export interface TransitionRecord {
  from: IndicatorStatus | null;
  to: IndicatorStatus;
  by: Types.ObjectId | null;
  at: Date;
  reason: string;
  /** The revision a consultation opened on, or the one endorsed. */
  revision: number | null;
  /** A host endorsed despite open concerns or a missing quorum. */
  override: boolean;
}

/** The latest consultation: `round` numbers them so positions from an earlier one never count. */
export interface ConsultationRecord {
  round: number;
  revision: number;
  opensAt: Date;
  closesAt: Date;
  openedBy: Types.ObjectId | null;
}

/**
 * An indicator: its identity, lifecycle and a copy of the catalogue columns of its latest revision.
 * The metadata itself lives in IndicatorRevision snapshots (the latest one is the current text).
 */
export interface IndicatorRecord {
  _id: Types.ObjectId;
  code: string;
  title: string;
  tier: IndicatorTier;
  custodianId: Types.ObjectId | null;
  status: IndicatorStatus;
  visibility: Visibility;
  currentRevision: number;
  lastRevisedAt: Date;
  lastRevisedBy: Types.ObjectId | null;
  consultation: ConsultationRecord | null;
  transitions: TransitionRecord[];
  createdBy: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

const TransitionSchema = new Schema<TransitionRecord>(
  {
    from: { type: String, enum: [...INDICATOR_STATUSES, null], default: null },
    to: { type: String, enum: INDICATOR_STATUSES, required: true },
    by: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    at: { type: Date, required: true },
    reason: { type: String, default: '' },
    revision: { type: Number, default: null },
    override: { type: Boolean, default: false },
  },
  { _id: false },
);

const ConsultationSchema = new Schema<ConsultationRecord>(
  {
    round: { type: Number, required: true },
    revision: { type: Number, required: true },
    opensAt: { type: Date, required: true },
    closesAt: { type: Date, required: true },
    openedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { _id: false },
);

const IndicatorSchema = new Schema<IndicatorRecord>(
  {
    code: { type: String, required: true, unique: true },
    title: { type: String, required: true },
    tier: { type: String, enum: INDICATOR_TIERS, default: 'III' },
    custodianId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    status: { type: String, enum: INDICATOR_STATUSES, default: 'proposed' },
    visibility: { type: String, enum: VISIBILITIES, default: 'members' },
    currentRevision: { type: Number, default: 1 },
    lastRevisedAt: { type: Date, required: true },
    lastRevisedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    consultation: { type: ConsultationSchema, default: null },
    transitions: { type: [TransitionSchema], default: [] },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true },
);
IndicatorSchema.index({ visibility: 1, code: 1 });
IndicatorSchema.index({ status: 1, visibility: 1 });

export const Indicator = mongoose.model<IndicatorRecord>('Indicator', IndicatorSchema);
