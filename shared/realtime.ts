import { z } from 'zod';
import { MessageBodySchema, PostMessageSchema, type MessageDto } from './schemas/thread';
import { ObjectIdSchema } from './schemas/common';
import type { NotificationDto } from './schemas/notification';
import type { Visibility } from './roles';

/** Every acknowledgement: success with a payload, or a typed error. */
export type Ack<T extends object = object> =
  ({ ok: true } & T) | { ok: false; error: string; message: string };

/**
 * What `entity:changed {kind, id}` may announce, and the id each kind carries — the one the
 * client's query keys use, so `keyMatchesKind` refreshes `[kind, id, …]` and `[kind + 's', …]`:
 * - `indicator` → the indicator code: `['indicator', code, …]`, `['indicators', …]`
 * - `action` → the follow-up id: `['action', id]`, `['actions', …]`
 * - `term` → the term slug: `['term', slug]`, `['terms', …]`
 * - `meeting` → the meeting slug (meeting edits and report versions/proposals):
 *   `['meeting', slug, …]`, `['meetings', …]`
 */
export const ENTITY_KINDS = ['indicator', 'action', 'term', 'meeting'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EntityChangedSchema = z.strictObject({ kind: z.enum(ENTITY_KINDS), id: z.string() });
export type EntityChanged = z.infer<typeof EntityChangedSchema>;

export const PingSchema = z.strictObject({});

export const ThreadRefSchema = z.strictObject({ threadId: ObjectIdSchema });
export const SendMessageEventSchema = PostMessageSchema.extend({ threadId: ObjectIdSchema });
export const EditMessageEventSchema = z.strictObject({ messageId: ObjectIdSchema, body: MessageBodySchema });
export const DeleteMessageEventSchema = z.strictObject({ messageId: ObjectIdSchema });
export const CatchupEventSchema = z.strictObject({
  threadId: ObjectIdSchema,
  afterSeq: z.number().int().min(0),
});

export type PresenceUser = { id: string; name: string };

/** Events the server emits. Later features add message:new, typing, presence, notification:new. */
export interface ServerToClientEvents {
  'entity:changed': (payload: EntityChanged) => void;
  'session:ended': (payload: { reason: string }) => void;
  'message:new': (message: MessageDto) => void;
  'message:updated': (message: MessageDto) => void;
  'message:deleted': (message: MessageDto) => void;
  typing: (payload: { threadId: string; user: PresenceUser }) => void;
  presence: (payload: { threadId: string; users: PresenceUser[] }) => void;
  'notification:new': (notification: NotificationDto) => void;
}

/** Events the client emits; every payload is validated with zod on arrival. */
export interface ClientToServerEvents {
  ping: (payload: z.infer<typeof PingSchema>, ack: (res: Ack<{ userId: string }>) => void) => void;
  'thread:join': (
    p: z.input<typeof ThreadRefSchema>,
    ack: (res: Ack<{ lastSeq: number; presence: PresenceUser[] }>) => void,
  ) => void;
  'thread:leave': (p: z.input<typeof ThreadRefSchema>, ack: (res: Ack) => void) => void;
  'message:send': (
    p: z.input<typeof SendMessageEventSchema>,
    ack: (res: Ack<{ message: MessageDto }>) => void,
  ) => void;
  'message:edit': (
    p: z.input<typeof EditMessageEventSchema>,
    ack: (res: Ack<{ message: MessageDto }>) => void,
  ) => void;
  'message:delete': (
    p: z.input<typeof DeleteMessageEventSchema>,
    ack: (res: Ack<{ message: MessageDto }>) => void,
  ) => void;
  'thread:catchup': (
    p: z.input<typeof CatchupEventSchema>,
    ack: (res: Ack<{ messages: MessageDto[] }>) => void,
  ) => void;
  typing: (p: z.input<typeof ThreadRefSchema>, ack?: (res: Ack) => void) => void;
}

/** The room of one thread's open views. */
export const threadRoom = (threadId: string) => `thread:${threadId}`;

/** The room every socket of one user joins, so features can reach that user. */
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * The room of the sockets whose role may read items of one visibility: each socket joins one room
 * per visibility its role may read (`readableVisibilities`), so an item of visibility v reaches
 * exactly the sockets of people who may read it.
 */
export const audienceRoom = (visibility: Visibility) => `audience:${visibility}`;
