import mongoose, { Schema } from 'mongoose';

/**
 * One document per consultation round whose reminder went out, `_id: "<indicator id>:<round>"`:
 * inserting it is the claim, so each round's organisations are reminded once, whichever instance
 * runs the job and however often it runs.
 */
export interface ConsultationReminderRecord {
  _id: string;
  sentAt: Date;
  organisations: number;
  recipients: number;
}

const ConsultationReminderSchema = new Schema<ConsultationReminderRecord>(
  {
    _id: { type: String, required: true },
    sentAt: { type: Date, required: true },
    organisations: { type: Number, default: 0 },
    recipients: { type: Number, default: 0 },
  },
  { versionKey: false },
);

export const ConsultationReminder = mongoose.model<ConsultationReminderRecord>(
  'ConsultationReminder',
  ConsultationReminderSchema,
);
