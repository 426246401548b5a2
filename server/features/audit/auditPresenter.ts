import type { AuditEventDto } from '@shared/schemas/audit';
import type { AuditEventRecord } from '../../models/AuditEvent';

/** A person as the audit log shows them. */
export interface AuditPerson {
  id: string;
  name: string;
  email: string;
}

/** What an event is about, by name, with the page where it lives (null when there is none). */
export interface AuditTarget {
  name: string | null;
  link: string | null;
}

/** IPv4 addresses arrive IPv6-mapped (`::ffff:127.0.0.1`) on a dual-stack server: show them plainly. */
export const plainIp = (ip: string | null): string | null =>
  ip?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') ?? null;

/** An audit event with its actor and target named, for the host's log. */
export function presentAuditEvent(
  e: AuditEventRecord,
  actor: AuditPerson | undefined,
  target: AuditTarget | undefined,
): AuditEventDto {
  return {
    id: String(e._id),
    action: e.action,
    actor: actor ?? null,
    targetType: e.targetType,
    targetId: e.targetId,
    target: e.targetType && e.targetId ? { name: target?.name ?? null, link: target?.link ?? null } : null,
    ip: plainIp(e.ip),
    at: e.at.toISOString(),
    details: e.details ?? {},
  };
}
