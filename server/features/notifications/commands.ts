import type { z } from 'zod';
import type { MarkNotificationsReadSchema, NotificationDto } from '@shared/schemas/notification';
import { authorize } from '../../policies/index';
import { canUseNotifications } from '../../policies/notification';
import type { Actor } from '../actor';
import { markNotificationsRead, storeNotifications, type NotifyInput } from './notificationStore';
import { presentNotification } from './notificationPresenter';

/**
 * Stores one notification per recipient and pushes it to their open sockets (after the write);
 * answers what was stored, in English. Callers decide who may know about the subject: pass only
 * recipients who may read it.
 */
export async function notify(input: NotifyInput): Promise<NotificationDto[]> {
  const { stored, names } = await storeNotifications(input);
  return stored.map((n) => presentNotification(n, names));
}

/** Marks some or all of the caller's own notifications read; answers how many stay unread. */
export async function markRead(
  actor: Actor,
  which: z.infer<typeof MarkNotificationsReadSchema>,
): Promise<{ unreadCount: number }> {
  authorize(canUseNotifications(actor), actor);
  return { unreadCount: await markNotificationsRead(actor._id, which) };
}
