import mongoose, { Schema } from 'mongoose';

/**
 * One document per run of a periodic job, `_id: "<job>:<period number>"`: inserting it is the claim,
 * and an `_id` is unique on every engine and across instances, so each period runs once.
 */
export interface JobRunRecord {
  _id: string;
  instance: string;
  startedAt: Date;
  finishedAt: Date | null;
}

const JobRunSchema = new Schema<JobRunRecord>(
  {
    _id: { type: String, required: true },
    instance: { type: String, required: true },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
JobRunSchema.index({ startedAt: 1 });

export const JobRun = mongoose.model<JobRunRecord>('JobRun', JobRunSchema);
