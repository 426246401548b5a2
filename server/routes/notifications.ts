import { Router } from 'express';
import {
  MarkNotificationsReadSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
  UnreadCountSchema,
} from '@shared/schemas/notification';
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { listNotifications } from '../features/notifications/queries';
import { markRead } from '../features/notifications/commands';
import { requestLanguage } from '../i18n/requestLanguage';

const base = '/api/notifications';

/** The caller's notification centre. */
export function notificationsRouter() {
  const router = Router();
  defineRoute(
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
    ({ viewer, query, req }) => listNotifications(viewer, query, requestLanguage(req)),
  );
  defineRoute(
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
    ({ req, body }) => markRead(actorOf(req), body),
  );
  return router;
}
