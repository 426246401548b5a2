import { listOf, type List } from '@shared/schemas/common';
import { AuditEventDtoSchema, type AuditEventDto } from '@shared/schemas/audit';
import { apiFetch, queryString } from './client';

const AuditListSchema = listOf(AuditEventDtoSchema);

export interface AuditListParams {
  action?: string;
  /** A user id. */
  actor?: string;
  /** People whose name or email contains this text. */
  actorName?: string;
  targetId?: string;
  /** ISO date-times bounding the event time (both inclusive). */
  from?: string;
  to?: string;
  cursor?: string | null;
  limit?: number;
}

/** The audit log, newest first (host). */
export function listAuditEvents(
  params: AuditListParams = {},
  signal?: AbortSignal,
): Promise<List<AuditEventDto>> {
  return apiFetch(`/api/audit${queryString({ ...params })}`, { schema: AuditListSchema, signal });
}
