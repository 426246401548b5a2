import mongoose, { Schema, type Types } from 'mongoose';
import { REPORT_PROPOSAL_STATUSES } from '@shared/schemas/meeting';

type ReportProposalStatus = (typeof REPORT_PROPOSAL_STATUSES)[number];

/**
 * A proposed or accepted version of a meeting's session report. Members propose; a host accepts
 * (the proposal becomes version `number`) or rejects. A host's direct edit is stored as accepted.
 */
export interface ReportProposalRecord {
  _id: Types.ObjectId;
  meetingId: Types.ObjectId;
  status: ReportProposalStatus;
  baseVersion: number;
  number: number | null;
  /**
   * `<meetingId>:<number>` once accepted, `<meetingId>:p:<_id>` before. Unique, so two processes
   * cannot both accept "version n" (FerretDB has no partial indexes to make `number` unique alone).
   */
  versionKey: string;
  report: string;
  note: string;
  authorId: Types.ObjectId | null;
  decidedBy: Types.ObjectId | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const ReportProposalSchema = new Schema<ReportProposalRecord>(
  {
    meetingId: { type: Schema.Types.ObjectId, ref: 'Meeting', required: true },
    status: { type: String, enum: REPORT_PROPOSAL_STATUSES, default: 'proposed' },
    baseVersion: { type: Number, required: true },
    number: { type: Number, default: null },
    versionKey: { type: String, required: true, unique: true },
    report: { type: String, required: true },
    note: { type: String, default: '' },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    decidedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    decidedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
ReportProposalSchema.index({ meetingId: 1, createdAt: -1 });

// Stored under the collection's first name, so existing data stays where it is.
export const ReportProposal = mongoose.model<ReportProposalRecord>(
  'ReportProposal',
  ReportProposalSchema,
  'meetingreportversions',
);
