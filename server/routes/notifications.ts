import { Router } from 'express';
import {
  MarkNotificationsReadSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
  UnreadCountSchema,
} from '@shared/schemas/notification';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { currentUser } from '../middlewares/auth';
import { authorize } from '../policies';
import { canUseNotifications } from '../policies/notification';
import { listNotifications, markNotificationsRead } from '../features/notifications/notifications';
import { requestLanguage } from '../i18n/requestLanguage';

const base = '/api/notifications';

/** The caller's notification centre. */
export function notificationsRouter() {
  const router = Router();
  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Your notifications, newest first, with the unread count',
      access: 'user',
      query: NotificationListQuerySchema,
      response: { status: 200, schema: NotificationListSchema },
    },
    async (req, res) => {
      authorize(canUseNotifications(req.user), req.user);
      res.json(
        await listNotifications(
          currentUser(req)._id,
          valid(req, NotificationListQuerySchema, 'query'),
          requestLanguage(req),
        ),
      );
    },
  );
  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/read',
      summary: 'Mark some (ids) or all (all: true) of your notifications read',
      access: 'user',
      body: MarkNotificationsReadSchema,
      response: { status: 200, schema: UnreadCountSchema },
    },
    async (req, res) => {
      authorize(canUseNotifications(req.user), req.user);
      const unreadCount = await markNotificationsRead(
        currentUser(req)._id,
        valid(req, MarkNotificationsReadSchema),
      );
      res.json({ unreadCount });
    },
  );
  return router;
}
