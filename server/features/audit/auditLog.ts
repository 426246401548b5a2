import type { z } from 'zod';
import type { AuditListQuerySchema } from '@shared/schemas/audit';
import { AuditEvent } from '../../models/AuditEvent';
import { paginate } from '../../lib/pagination';
import { actorIdsMatching } from './auditNames';

/** One page of the log, newest first; an actor is given by id or found by name or email. */
export async function findAuditEvents(q: z.infer<typeof AuditListQuerySchema>) {
  const filter: Record<string, unknown> = {};
  if (q.action) filter.action = q.action;
  if (q.actor) filter.actorId = q.actor;
  else if (q.actorName) filter.actorId = { $in: await actorIdsMatching(q.actorName) };
  if (q.targetId) filter.targetId = q.targetId;
  if (q.from || q.to) filter.at = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lte: q.to } : {}) };
  return paginate(AuditEvent, filter, { field: 'at', direction: -1, limit: q.limit, cursor: q.cursor });
}
