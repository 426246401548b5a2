import { z } from 'zod';
import { ObjectIdSchema, PageQuerySchema } from './common';

/** What a notification is about; each feature that notifies people adds its kinds here. */
export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'action-assigned',
  'action-status',
  'consultation-opened',
  'consultation-reminder',
  'comment-disposition',
  'indicator-status',
  'report-proposed',
  'application-received',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_SUBJECTS = [
  'thread',
  'indicator',
  'action',
  'meeting',
  'document',
  'term',
  'application',
] as const;
export type NotificationSubject = (typeof NOTIFICATION_SUBJECTS)[number];

export const NotificationDtoSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  text: z.string(),
  /** A short plain-text excerpt of what was said (mentions and replies), null for other kinds. */
  excerpt: z.string().nullable(),
  /** Where the client goes to see it, a path inside the app. */
  link: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  subject: z.object({ type: z.enum(NOTIFICATION_SUBJECTS), id: z.string() }),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof NotificationDtoSchema>;

export const NotificationListQuerySchema = PageQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional(),
});

export const NotificationListSchema = z.object({
  items: z.array(NotificationDtoSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

/** Mark some notifications read by id, or all of them. */
export const MarkNotificationsReadSchema = z
  .strictObject({
    ids: z.array(ObjectIdSchema).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .refine((v) => !!v.ids !== !!v.all, { message: 'Give either ids or all: true', path: ['ids'] });

export const UnreadCountSchema = z.object({ unreadCount: z.number().int() });
