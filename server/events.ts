import { EventEmitter } from 'node:events';
import type { MessageDto } from '@shared/schemas/thread';
import type { NotificationDto } from '@shared/schemas/notification';
import type { ThreadRecord } from './models/Thread';
import type { MessageRecord } from './models/Message';

/** In-process domain events, emitted by services after a write succeeded; realtime listens. */
export interface AppEvents {
  /** The user's sessions were revoked (suspension, password reset): cut their sockets off. */
  'user.sessions-revoked': [userId: string];
  /** A message was stored, edited or deleted: broadcast it to the thread's room. */
  'message.changed': [change: { kind: 'new' | 'updated' | 'deleted'; message: MessageDto }];
  /** A new message was stored (not a resend): mentioned people and the replied-to author hear of it. */
  'message.posted': [
    event: {
      thread: ThreadRecord;
      message: MessageRecord;
      parentAuthorId: string | null;
      authorName: string;
    },
  ];
  /** A notification was stored: push it to the recipient's sockets. */
  'notification.created': [event: { recipientId: string; notification: NotificationDto }];
}

export class AppEventBus extends EventEmitter<AppEvents> {}

export const appEvents = new AppEventBus();
