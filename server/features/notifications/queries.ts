import type { z } from 'zod';
import type { Language } from '@shared/i18n/languages';
import type {
  NotificationDto,
  NotificationList,
  NotificationListQuerySchema,
} from '@shared/schemas/notification';
import { authorize, type Viewer } from '../../policies/index';
import { canUseNotifications } from '../../policies/notification';
import type { AppEvents } from '../../events';
import { findNotifications } from './notificationStore';
import { presentNotification } from './notificationPresenter';

/** The viewer's notification centre: their notifications, newest first, in their language, with the unread count. */
export async function listNotifications(
  viewer: Viewer & object,
  q: z.infer<typeof NotificationListQuerySchema>,
  language: Language,
): Promise<NotificationList> {
  authorize(canUseNotifications(viewer), viewer);
  const page = await findNotifications(viewer._id, q);
  return {
    items: page.items.map((n) => presentNotification(n, page.names, language)),
    nextCursor: page.nextCursor,
    unreadCount: page.unreadCount,
  };
}

/** A notification just stored (`notification.created`) as its recipient's sockets show it, in a language. */
export function createdNotificationIn(
  created: AppEvents['notification.created'][0],
  language: Language,
): NotificationDto {
  return presentNotification(created.notification, new Map(Object.entries(created.names)), language);
}
