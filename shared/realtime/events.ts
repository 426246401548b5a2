import { z } from 'zod';
import { ObjectIdSchema } from '../schemas/common';
import { NotificationDtoSchema } from '../schemas/notification';
import { MessageBodySchema, MessageDtoSchema, PostMessageSchema } from '../schemas/thread';
import { EntityChangedSchema } from './entities';

/**
 * The event registry: every event of the realtime connection with the zod schemas of what it
 * carries. The Socket.IO types (`ClientToServerEvents`, `ServerToClientEvents`) are derived from
 * it, the server parses each client event's payload with it (and, in tests, its acknowledgement),
 * and the client checks what it sends and what it receives with it. A new event is one entry here.
 */

/** Every acknowledgement: success with a payload, or a typed error. */
export type Ack<T extends object = object> =
  ({ ok: true } & T) | { ok: false; error: string; message: string };

/** A refusal: the error code (`invalid_input`, `not_found`, …) and a message in the user's language. */
export const AckErrorSchema = z.object({ ok: z.literal(false), error: z.string(), message: z.string() });

// What the client sends.
export const PingSchema = z.strictObject({});
export const ThreadRefSchema = z.strictObject({ threadId: ObjectIdSchema });
export const SendMessageEventSchema = PostMessageSchema.extend({ threadId: ObjectIdSchema });
export const EditMessageEventSchema = z.strictObject({ messageId: ObjectIdSchema, body: MessageBodySchema });
export const DeleteMessageEventSchema = z.strictObject({ messageId: ObjectIdSchema });
export const ResyncEventSchema = z.strictObject({
  threadId: ObjectIdSchema,
  afterSeq: z.number().int().min(0),
});

// What the server sends.
export const PresenceUserSchema = z.object({ id: z.string(), name: z.string() });
export type PresenceUser = z.infer<typeof PresenceUserSchema>;
/** Who is viewing a thread now (each person once, however many tabs they have open). */
export const PresenceSchema = z.object({ threadId: z.string(), users: z.array(PresenceUserSchema) });
/** Someone is typing in a thread (sent to the others in its room). */
export const TypingSchema = z.object({ threadId: z.string(), user: PresenceUserSchema });
export const SessionEndedSchema = z.object({ reason: z.string() });

/** No data besides `ok: true`. */
const Done = z.object({});
const OneMessage = z.object({ message: MessageDtoSchema });

interface ClientEventSpec {
  payload: z.ZodType;
  /** What a successful acknowledgement carries besides `ok: true`. */
  ack: z.ZodObject;
  /** The client may send it without asking for an acknowledgement (fire and forget). */
  ackOptional?: true;
}

/** Events the client emits; every payload is validated with zod on arrival, every one is acknowledged. */
export const CLIENT_EVENTS = {
  /** Proves the session reached the socket. */
  ping: { payload: PingSchema, ack: z.object({ userId: z.string() }) },
  'thread:join': {
    payload: ThreadRefSchema,
    ack: z.object({ lastSeq: z.number().int(), presence: z.array(PresenceUserSchema) }),
  },
  'thread:leave': { payload: ThreadRefSchema, ack: Done },
  'message:send': { payload: SendMessageEventSchema, ack: OneMessage },
  'message:edit': { payload: EditMessageEventSchema, ack: OneMessage },
  'message:delete': { payload: DeleteMessageEventSchema, ack: OneMessage },
  /** The messages after a seq: what a client that was away missed. */
  'thread:resync': { payload: ResyncEventSchema, ack: z.object({ messages: z.array(MessageDtoSchema) }) },
  typing: { payload: ThreadRefSchema, ack: Done, ackOptional: true },
} as const satisfies Record<string, ClientEventSpec>;

/** Events the server emits, with the schema of their payload. */
export const SERVER_EVENTS = {
  'entity:changed': EntityChangedSchema,
  /** The session ended (sign-out elsewhere, password change, suspension): the socket is cut off. */
  'session:ended': SessionEndedSchema,
  'message:new': MessageDtoSchema,
  'message:updated': MessageDtoSchema,
  'message:deleted': MessageDtoSchema,
  typing: TypingSchema,
  presence: PresenceSchema,
  'notification:new': NotificationDtoSchema,
} as const satisfies Record<string, z.ZodType>;

export type ClientEvent = keyof typeof CLIENT_EVENTS;
type ClientSpec<E extends ClientEvent> = (typeof CLIENT_EVENTS)[E];
/** What the client sends with an event (defaults may be left out). */
export type ClientPayload<E extends ClientEvent> = z.input<ClientSpec<E>['payload']>;
/** What the server's handler gets: the payload as parsed. */
export type ParsedPayload<E extends ClientEvent> = z.output<ClientSpec<E>['payload']>;
type AckShape<E extends ClientEvent> = z.infer<ClientSpec<E>['ack']>;
/** What a successful acknowledgement of the event carries besides `ok: true` (nothing: `object`). */
export type AckData<E extends ClientEvent> = AckShape<E> extends Record<string, never> ? object : AckShape<E>;

type ClientListener<E extends ClientEvent> =
  ClientSpec<E> extends { ackOptional: true }
    ? (payload: ClientPayload<E>, ack?: (res: Ack<AckData<E>>) => void) => void
    : (payload: ClientPayload<E>, ack: (res: Ack<AckData<E>>) => void) => void;

export type ClientToServerEvents = { [E in ClientEvent]: ClientListener<E> };

export type ServerEvent = keyof typeof SERVER_EVENTS;
export type ServerPayload<E extends ServerEvent> = z.infer<(typeof SERVER_EVENTS)[E]>;
export type ServerToClientEvents = { [E in ServerEvent]: (payload: ServerPayload<E>) => void };

const ackSchemas = new Map<ClientEvent, z.ZodType>();
/** The schema of a whole acknowledgement of the event: its success (with `ok: true`) or a refusal. */
export function ackSchemaOf<E extends ClientEvent>(event: E): z.ZodType<Ack<AckData<E>>> {
  let schema = ackSchemas.get(event);
  if (!schema) {
    schema = z.union([CLIENT_EVENTS[event].ack.extend({ ok: z.literal(true) }), AckErrorSchema]);
    ackSchemas.set(event, schema);
  }
  return schema as z.ZodType<Ack<AckData<E>>>;
}
