import mongoose, { Schema, type Types } from 'mongoose';
import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@shared/roles';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { appEvents } from '../events';
import { onEveryWrite } from './writeHooks';

export interface UserRecord {
  _id: Types.ObjectId;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  organisationId: Types.ObjectId | null;
  status: UserStatus;
  lastSeenAt: Date | null;
  /** The sign-in before the latest one (null until the second): "since your last visit" starts here. */
  previousSeenAt?: Date | null;
  failedLogins: number;
  lockedUntil: Date | null;
  /** Bumped when sessions must end (suspension, password change); sessions carry the value they began with. */
  sessionVersion: number;
  /** The interface language the person chose; null until they choose (the browser's then applies). */
  language?: Language | null;
  createdAt: Date;
  updatedAt: Date;
}

const UserSchema = new Schema<UserRecord>(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true, default: 'observer' },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    status: { type: String, enum: USER_STATUSES, default: 'active' },
    lastSeenAt: { type: Date, default: null },
    previousSeenAt: { type: Date, default: null },
    failedLogins: { type: Number, default: 0 },
    lockedUntil: { type: Date, default: null },
    sessionVersion: { type: Number, default: 0 },
    language: { type: String, enum: [...LANGUAGES, null], default: null },
  },
  { timestamps: true },
);
UserSchema.index({ organisationId: 1, name: 1 });
UserSchema.index({ name: 1, _id: 1 });
UserSchema.index({ role: 1, status: 1 });

// Every write to an account tells the caches of signed-in users (features/accounts/accountCache.ts).
onEveryWrite(UserSchema, (id) => appEvents.emit('user.changed', id));

export const User = mongoose.model<UserRecord>('User', UserSchema);
