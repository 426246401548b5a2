import mongoose, { Schema, type Types } from 'mongoose';
import { INDICATOR_TEXT_FIELDS, type IndicatorTextField } from '@shared/schemas/indicator';
import {
  COMMENT_STATUSES,
  COMMENT_TYPES,
  DISPOSITIONS,
  type CommentStatus,
  type CommentType,
  type Disposition,
} from '@shared/schemas/consultation';

interface DispositionRecord {
  decision: Disposition;
  response: string;
  addressedInRevision: number | null;
  by: Types.ObjectId | null;
  at: Date;
}

/**
 * One organisation's comment on a paragraph of the revision in consultation (the IEC/ISO comment
 * form's row). The paragraph's id, number and text are kept as they were when the comment was
 * made, so it can be re-anchored to later revisions and shown against the text it was made on.
 */
export interface ConsultationCommentRecord {
  _id: Types.ObjectId;
  indicatorId: Types.ObjectId;
  round: number;
  revision: number;
  organisationId: Types.ObjectId;
  authorId: Types.ObjectId | null;
  field: IndicatorTextField;
  paragraphId: string;
  paragraphNumber: number;
  paragraphText: string;
  quote: string | null;
  type: CommentType;
  comment: string;
  proposedChange: string | null;
  status: CommentStatus;
  submittedAt: Date | null;
  submittedBy: Types.ObjectId | null;
  disposition: DispositionRecord | null;
  createdAt: Date;
  updatedAt: Date;
}

const DispositionSchema = new Schema<DispositionRecord>(
  {
    decision: { type: String, enum: DISPOSITIONS, required: true },
    response: { type: String, default: '' },
    addressedInRevision: { type: Number, default: null },
    by: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const ConsultationCommentSchema = new Schema<ConsultationCommentRecord>(
  {
    indicatorId: { type: Schema.Types.ObjectId, ref: 'Indicator', required: true },
    round: { type: Number, required: true },
    revision: { type: Number, required: true },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    field: { type: String, enum: INDICATOR_TEXT_FIELDS, required: true },
    paragraphId: { type: String, required: true },
    paragraphNumber: { type: Number, required: true },
    paragraphText: { type: String, required: true },
    quote: { type: String, default: null },
    type: { type: String, enum: COMMENT_TYPES, required: true },
    comment: { type: String, required: true },
    proposedChange: { type: String, default: null },
    status: { type: String, enum: COMMENT_STATUSES, default: 'draft' },
    submittedAt: { type: Date, default: null },
    submittedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    disposition: { type: DispositionSchema, default: null },
  },
  { timestamps: true },
);
// The compilation: a round's comments in paragraph order (and the endorsement gate's count).
ConsultationCommentSchema.index({ indicatorId: 1, round: 1, paragraphNumber: 1, _id: 1 });

export const ConsultationComment = mongoose.model<ConsultationCommentRecord>(
  'ConsultationComment',
  ConsultationCommentSchema,
);
