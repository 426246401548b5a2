import type { NotificationDto } from '@shared/schemas/notification';
import type { NotificationRecord } from '../models/Notification';

export function presentNotification(n: NotificationRecord, names: Map<string, string>): NotificationDto {
  return {
    id: String(n._id),
    kind: n.kind,
    text: n.text,
    excerpt: n.excerpt ?? null,
    link: n.link,
    actor: n.actorId ? { id: String(n.actorId), name: names.get(String(n.actorId)) ?? 'Someone' } : null,
    subject: { type: n.subjectType, id: String(n.subjectId) },
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
