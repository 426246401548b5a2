import mongoose, { Schema, type Types } from 'mongoose';
import type { EmailFrequency, EmailTopic } from '@shared/schemas/emailPreferences';

/** A person's e-mail choices; topics not stored here take the defaults. One record per user. */
export interface EmailPreferenceRecord {
  _id: Types.ObjectId;
  topics: Partial<Record<EmailTopic, EmailFrequency>>;
  updatedAt: Date;
}

const EmailPreferenceSchema = new Schema<EmailPreferenceRecord>(
  {
    _id: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    topics: { type: Schema.Types.Mixed, default: {} },
  },
  { timestamps: { createdAt: false, updatedAt: true }, minimize: false },
);

export const EmailPreference = mongoose.model<EmailPreferenceRecord>(
  'EmailPreference',
  EmailPreferenceSchema,
);
