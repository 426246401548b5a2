import { appEvents } from '../events';
import { onEveryWrite } from './writeHooks';
import mongoose, { Schema, type Types } from 'mongoose';
import { MEMBERSHIPS, ORG_CATEGORIES, type Membership, type OrgCategory } from '@shared/roles';

export interface OrganisationRecord {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  category: OrgCategory;
  country: string | null;
  website: string | null;
  description: string;
  membership: Membership;
  joinedYear: number | null;
  createdAt: Date;
  updatedAt: Date;
}

const OrganisationSchema = new Schema<OrganisationRecord>(
  {
    name: { type: String, required: true, trim: true },
    slug: { type: String, required: true, unique: true },
    category: { type: String, enum: ORG_CATEGORIES, required: true },
    country: { type: String, default: null },
    website: { type: String, default: null },
    description: { type: String, default: '' },
    membership: { type: String, enum: MEMBERSHIPS, default: 'member' },
    joinedYear: { type: Number, default: null },
  },
  { timestamps: true },
);
OrganisationSchema.index({ category: 1, name: 1 });

// Pages that show organisation names are cached (features/discussions/readCache.ts): every write says so.
onEveryWrite(OrganisationSchema, () => appEvents.emit('organisation.changed'));

export const Organisation = mongoose.model<OrganisationRecord>('Organisation', OrganisationSchema);
