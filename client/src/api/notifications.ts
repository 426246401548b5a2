import {
  NotificationListSchema,
  UnreadCountSchema,
  type NotificationList,
} from '@shared/schemas/notification';
import { apiFetch, queryString } from './client';

/** The caller's notifications, newest first, with their unread count. */
export function listNotifications(
  params: { cursor?: string | null; limit?: number; unread?: boolean } = {},
  signal?: AbortSignal,
): Promise<NotificationList> {
  const { unread, ...rest } = params;
  return apiFetch(`/api/notifications${queryString({ ...rest, unread: unread ? 'true' : undefined })}`, {
    schema: NotificationListSchema,
    signal,
  });
}

/** Marks the given notifications, or all of them, read; answers the remaining unread count. */
export async function markNotificationsRead(which: { ids: string[] } | { all: true }): Promise<number> {
  const res = await apiFetch('/api/notifications/read', {
    method: 'POST',
    body: which,
    schema: UnreadCountSchema,
  });
  return res.unreadCount;
}
