import type { NotificationDto } from '@shared/schemas/notification';
import type { NotificationRecord } from '../../models/Notification';
import { DEFAULT_LANGUAGE, type Language } from '@shared/i18n/languages';
import { notificationText } from './notificationText';

/** A notification for its recipient, its line in their language. */
export function presentNotification(
  n: NotificationRecord,
  names: Map<string, string>,
  language: Language = DEFAULT_LANGUAGE,
): NotificationDto {
  return {
    id: String(n._id),
    kind: n.kind,
    text: notificationText(language, n),
    excerpt: n.excerpt ?? null,
    link: n.link,
    actor: n.actorId ? { id: String(n.actorId), name: names.get(String(n.actorId)) ?? 'Someone' } : null,
    subject: { type: n.subjectType, id: String(n.subjectId) },
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
