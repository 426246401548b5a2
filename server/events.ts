import { EventEmitter } from 'node:events';
import type { MessageDto } from '@shared/schemas/thread';
import type { Language } from '@shared/i18n/languages';
import type { NotificationRecord } from './models/Notification';
import type { ThreadRecord } from './models/Thread';
import type { MessageRecord } from './models/Message';
import type { Role, Visibility } from '@shared/roles';
import type { EntityKind } from '@shared/realtime';

/**
 * A readable item changed. `id` is the one the client's query keys use (see `ENTITY_KINDS` in
 * `shared/realtime.ts`); `visibilities` (the item's visibility, plus its previous one when that
 * changed, so readers who lose access see their page go) decide who hears of it and are never sent.
 */
export interface EntityChange {
  kind: EntityKind;
  id: string;
  visibilities: Visibility[];
}

/** In-process domain events, emitted by services after a write succeeded; realtime listens. */
export interface AppEvents {
  /** The user's sessions were revoked (suspension, password reset): cut their sockets off. */
  'user.sessions-revoked': [userId: string];
  /**
   * The user changed their password: every session but the one they changed it in is revoked (cut
   * those sockets off). The kept session was given a new id, `to` (null if that failed: then it ends
   * too); its sockets move from `from` to `to`.
   */
  'user.other-sessions-revoked': [userId: string, kept: { from: string; to: string | null }];
  /** One session was signed out: cut that session's sockets off (the user's others stay). */
  'session.ended': [sessionId: string];
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
  /** A user's account record was written (null: possibly several): cached copies are stale. */
  'user.changed': [userId: string | null];
  /** An organisation was written: cached pages that show its name are stale. */
  'organisation.changed': [];
  /** A user's role changed: their sockets move to the audiences of the new role. */
  'user.role-changed': [userId: string, role: Role];
  /** An indicator, follow-up, term or meeting was written: open pages of its readers refresh. */
  'entity.changed': [change: EntityChange];
  /** A thread's settings (lock) changed: caches of it are stale. */
  'thread.changed': [threadId: string];
  /** A thread's readers changed with its subject's visibility: sockets that may no longer read it leave. */
  'thread.audience-changed': [change: { threadId: string; visibility: Visibility }];
  /**
   * A notification was stored: push it to the recipient's sockets, in their language (the account's,
   * or null: each socket's own), with the actor's name.
   */
  'notification.created': [
    event: {
      recipientId: string;
      language: Language | null;
      notification: NotificationRecord;
      names: Record<string, string>;
    },
  ];
}

class AppEventBus extends EventEmitter<AppEvents> {}

/** Events that happened here: services emit them after their writes. */
export const appEvents = new AppEventBus();

/**
 * Events that happened on another instance, relayed through Redis (`cluster/eventRelay.ts`; never
 * fires in a single process). Listeners that act on this process's own state — caches, local sockets
 * — subscribe with `onEveryInstance`; those that act through Socket.IO's adapter (which already
 * reaches every instance) stay on `appEvents`, so they run once, where the write happened.
 */
export const remoteEvents = new AppEventBus();

/** The events other instances must hear of. */
export const RELAYED_EVENTS = [
  'user.changed',
  'organisation.changed',
  'entity.changed',
  'thread.changed',
  'message.changed',
  'user.sessions-revoked',
  'user.role-changed',
] as const satisfies (keyof AppEvents)[];
export type RelayedEvent = (typeof RELAYED_EVENTS)[number];

/** Subscribes to an event wherever it happened, here or on another instance; returns the unsubscribe. */
export function onEveryInstance<K extends RelayedEvent>(
  name: K,
  listener: (...args: AppEvents[K]) => void,
): () => void {
  const on = (bus: AppEventBus) =>
    (bus.on as (n: K, l: (...args: AppEvents[K]) => void) => void)(name, listener);
  const off = (bus: AppEventBus) =>
    (bus.off as (n: K, l: (...args: AppEvents[K]) => void) => void)(name, listener);
  on(appEvents);
  on(remoteEvents);
  return () => {
    off(appEvents);
    off(remoteEvents);
  };
}

/**
 * Announces a successful write of a readable item (call after the write, never before). Pass the
 * previous visibility too when the write changed it.
 */
export const entityChanged = (kind: EntityKind, id: string, ...visibilities: Visibility[]) =>
  void appEvents.emit('entity.changed', { kind, id, visibilities: [...new Set(visibilities)] });
