import { Router } from 'express';
import { listOf } from '@shared/schemas/common';
import { AuditEventDtoSchema, AuditListQuerySchema } from '@shared/schemas/audit';
import { defineRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { authorize } from '../policies';
import { canAdminister } from '../policies/admin';
import { AuditEvent } from '../models/AuditEvent';
import { User } from '../models/User';
import { paginate } from '../services/pagination';

const base = '/api/audit';

/** Read-only: the audit log has no route that changes or deletes it. */
export function auditRouter() {
  const router = Router();
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'The audit log, newest first, with filters (host)',
      access: 'user',
      query: AuditListQuerySchema,
      response: { status: 200, schema: listOf(AuditEventDtoSchema) },
    },
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const q = valid(req, AuditListQuerySchema, 'query');
      const filter: Record<string, unknown> = {};
      if (q.action) filter.action = q.action;
      if (q.actor) filter.actorId = q.actor;
      if (q.targetId) filter.targetId = q.targetId;
      if (q.from || q.to)
        filter.at = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lte: q.to } : {}) };
      const page = await paginate(AuditEvent, filter, {
        field: 'at',
        direction: -1,
        limit: q.limit,
        cursor: q.cursor,
      });
      const actorIds = [
        ...new Set(
          page.items
            .map((e) => e.actorId)
            .filter(Boolean)
            .map(String),
        ),
      ];
      const actors = actorIds.length
        ? await User.find({ _id: { $in: actorIds } }, { name: 1, email: 1 }).lean()
        : [];
      const byId = new Map(actors.map((a) => [String(a._id), a]));
      res.json({
        items: page.items.map((e) => {
          const a = e.actorId ? byId.get(String(e.actorId)) : undefined;
          return {
            id: String(e._id),
            action: e.action,
            actor: a ? { id: String(a._id), name: a.name, email: a.email } : null,
            targetType: e.targetType,
            targetId: e.targetId,
            ip: e.ip,
            at: e.at.toISOString(),
            details: e.details ?? {},
          };
        }),
        nextCursor: page.nextCursor,
      });
    },
  );
  return router;
}
