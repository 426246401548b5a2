import mongoose, { Schema, type Types } from 'mongoose';
import { ORG_CATEGORIES, type OrgCategory } from '@shared/roles';
import { APPLICATION_STATUSES } from '@shared/schemas/application';

export interface MembershipApplicationRecord {
  _id: Types.ObjectId;
  organisationName: string;
  category: OrgCategory;
  country: string;
  website: string | null;
  contactName: string;
  contactEmail: string;
  motivation: string;
  status: (typeof APPLICATION_STATUSES)[number];
  ip: string | null;
  reviewerId: Types.ObjectId | null;
  reviewedAt: Date | null;
  rejectionReason: string | null;
  organisationId: Types.ObjectId | null;
  createdAt: Date;
}

const MembershipApplicationSchema = new Schema<MembershipApplicationRecord>(
  {
    organisationName: { type: String, required: true },
    category: { type: String, enum: ORG_CATEGORIES, required: true },
    country: { type: String, required: true },
    website: { type: String, default: null },
    contactName: { type: String, required: true },
    contactEmail: { type: String, required: true, lowercase: true },
    motivation: { type: String, required: true },
    status: { type: String, enum: APPLICATION_STATUSES, default: 'pending' },
    ip: { type: String, default: null },
    reviewerId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    reviewedAt: { type: Date, default: null },
    rejectionReason: { type: String, default: null },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
MembershipApplicationSchema.index({ status: 1, createdAt: -1 });

export const MembershipApplication = mongoose.model<MembershipApplicationRecord>(
  'MembershipApplication',
  MembershipApplicationSchema,
);
