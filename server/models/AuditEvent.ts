import mongoose, { Schema, type Types } from 'mongoose';

export interface AuditEventRecord {
  _id: Types.ObjectId;
  actorId: Types.ObjectId | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  at: Date;
  details: Record<string, unknown>;
}

const AuditEventSchema = new Schema<AuditEventRecord>({
  actorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  action: { type: String, required: true },
  targetType: { type: String, default: null },
  targetId: { type: String, default: null },
  ip: { type: String, default: null },
  at: { type: Date, default: () => new Date() },
  details: { type: Schema.Types.Mixed, default: {} },
});
AuditEventSchema.index({ at: -1, _id: -1 });
AuditEventSchema.index({ action: 1, at: -1, _id: -1 });
AuditEventSchema.index({ actorId: 1, at: -1, _id: -1 });
AuditEventSchema.index({ targetId: 1, at: -1, _id: -1 });

// Append-only: refuse every update and delete at the model level.
const refuse = function () {
  throw new Error('Audit events are append-only');
};
for (const op of [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
  'replaceOne',
] as const) {
  AuditEventSchema.pre(op, refuse);
}

export const AuditEvent = mongoose.model<AuditEventRecord>('AuditEvent', AuditEventSchema);
