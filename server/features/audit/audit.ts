import type { Types } from 'mongoose';
import type { AuditAction } from '@shared/auditActions';
import { AuditEvent } from '../../models/AuditEvent';

export interface AuditInput {
  actorId?: Types.ObjectId | string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string | Types.ObjectId;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one event to the audit log. */
export async function recordAudit(input: AuditInput): Promise<void> {
  await AuditEvent.create({
    actorId: input.actorId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ? String(input.targetId) : null,
    ip: input.ip ?? null,
    details: input.details ?? {},
  });
}
