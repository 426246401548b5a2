import mongoose, { Schema, type Types } from 'mongoose';
import { ROLES, type Role } from '@shared/roles';
import { LANGUAGES, type Language } from '@shared/i18n/languages';

export interface InvitationRecord {
  _id: Types.ObjectId;
  email: string;
  role: Role;
  organisationId: Types.ObjectId | null;
  /** SHA-256 of the one-time token; the token itself is never stored. */
  tokenHash: string;
  invitedBy: Types.ObjectId | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedUserId: Types.ObjectId | null;
  revokedAt: Date | null;
  /**
   * The language of the invitation e-mail: the inviting host's at the time (the invitee has no
   * account to choose one yet). Null on invitations made before languages existed.
   */
  language?: Language | null;
  createdAt: Date;
}

const InvitationSchema = new Schema<InvitationRecord>(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    role: { type: String, enum: ROLES, required: true },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    tokenHash: { type: String, required: true, unique: true },
    invitedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    acceptedUserId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    revokedAt: { type: Date, default: null },
    language: { type: String, enum: [...LANGUAGES, null], default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
InvitationSchema.index({ createdAt: -1 });
InvitationSchema.index({ email: 1 });

export const Invitation = mongoose.model<InvitationRecord>('Invitation', InvitationSchema);
