import type { z } from 'zod';
import type { Language } from '@shared/i18n/languages';
import type { List } from '@shared/schemas/common';
import type { AuditEventDto, AuditListQuerySchema } from '@shared/schemas/audit';
import { authorize, type Viewer } from '../../policies/index';
import { canAdminister } from '../../policies/admin';
import { findAuditEvents } from './auditLog';
import { auditPeople, auditTargets, detailItems } from './auditNames';
import { presentAuditEvent } from './auditPresenter';

/**
 * The audit log, newest first, its actors, targets and the items its details hold by id named (in
 * the reader's language).
 */
export async function listAuditEvents(
  viewer: Viewer,
  q: z.infer<typeof AuditListQuerySchema>,
  language: Language,
): Promise<List<AuditEventDto>> {
  authorize(canAdminister(viewer), viewer);
  const page = await findAuditEvents(q);
  const people = auditPeople(page.items);
  const [actors, targets] = await Promise.all([people, auditTargets(page.items, people)]);
  return {
    items: page.items.map((e) =>
      presentAuditEvent(
        e,
        e.actorId ? actors.get(String(e.actorId)) : undefined,
        targets.get(`${e.targetType}:${e.targetId}`),
        language,
        detailItems(e).map(([key, type, id]) => [key, type, targets.get(`${type}:${id}`)]),
      ),
    ),
    nextCursor: page.nextCursor,
  };
}
