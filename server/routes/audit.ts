import { Router } from 'express';
import { listOf } from '@shared/schemas/common';
import { AuditEventDtoSchema, AuditListQuerySchema } from '@shared/schemas/audit';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { authorize } from '../policies';
import { canAdminister } from '../policies/admin';
import { AuditEvent } from '../models/AuditEvent';
import { presentAuditEvent } from '../features/audit/auditPresenter';
import { actorIdsMatching, auditActors, auditTargets } from '../features/audit/auditNames';
import { paginate } from '../lib/pagination';
import { localize, message } from '../errors';
import { requestLanguage } from '../i18n/requestLanguage';
import type { Language } from '@shared/i18n/languages';
import type { AuditTarget } from '../features/audit/auditPresenter';

/**
 * The targets auditNames names with English words around the name ("Application of Safer Net"), in
 * the reader's language.
 */
const NAMED_TARGETS: Record<string, { prefix: string; text: string; param: string }> = {
  application: { prefix: 'Application of ', text: 'Application of {{organisation}}', param: 'organisation' },
  invitation: { prefix: 'Invitation for ', text: 'Invitation for {{email}}', param: 'email' },
};
function targetIn(language: Language, type: string | null, target: AuditTarget | undefined) {
  const named = type ? NAMED_TARGETS[type] : undefined;
  if (!target?.name || !named || !target.name.startsWith(named.prefix)) return target;
  const value = target.name.slice(named.prefix.length);
  return { ...target, name: localize(language, message(named.text, { [named.param]: value })) };
}

const base = '/api/audit';

/** Read-only: the audit log has no route that changes or deletes it. */
export function auditRouter() {
  const router = Router();
  defineLegacyRoute(
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
      else if (q.actorName) filter.actorId = { $in: await actorIdsMatching(q.actorName) };
      if (q.targetId) filter.targetId = q.targetId;
      if (q.from || q.to)
        filter.at = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lte: q.to } : {}) };
      const page = await paginate(AuditEvent, filter, {
        field: 'at',
        direction: -1,
        limit: q.limit,
        cursor: q.cursor,
      });
      const [actors, targets] = await Promise.all([auditActors(page.items), auditTargets(page.items)]);
      const language = requestLanguage(req);
      res.json({
        items: page.items.map((e) =>
          presentAuditEvent(
            e,
            e.actorId ? actors.get(String(e.actorId)) : undefined,
            targetIn(language, e.targetType, targets.get(`${e.targetType}:${e.targetId}`)),
          ),
        ),
        nextCursor: page.nextCursor,
      });
    },
  );
  return router;
}
