import {
  ackSchemaOf,
  CLIENT_EVENTS,
  SERVER_EVENTS,
  type AckData,
  type ClientEvent,
  type ClientPayload,
  type ServerEvent,
  type ServerPayload,
} from '@shared/realtime';
import { i18n } from '../i18n';
import '../i18n/zodLocale';
import { fieldErrorsOf } from '../components/formErrors';
import type { AppSocket } from './socketStore';

/**
 * Talking over the realtime connection through the event registry (shared/realtime): what is sent
 * is parsed with the event's schema first, what comes back with its acknowledgement's schema, and
 * server events reach a listener only when their payload matches theirs (types are not validation).
 */

const ACK_TIMEOUT = 8_000;

/** A failed acknowledgement, with the server's message (in the reader's language) when it refused. */
export class AckError extends Error {
  override readonly name = 'AckError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The socket seen with plain event names: Socket.IO cannot check a call whose event name is a type
 * parameter; the helpers below are typed by the registry instead.
 */
interface UntypedSocket {
  emit(event: string, ...args: unknown[]): unknown;
  on(event: string, listener: (payload: unknown) => void): unknown;
  off(event: string, listener: (payload: unknown) => void): unknown;
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
}
const untyped = (socket: AppSocket) => socket as unknown as UntypedSocket;

/** The payload as the event's schema parses it, or an `invalid_input` AckError that says what is wrong. */
function parsed<E extends ClientEvent>(event: E, payload: ClientPayload<E>): unknown {
  const result = CLIENT_EVENTS[event].payload.safeParse(payload);
  if (result.success) return result.data;
  throw new AckError('invalid_input', Object.values(fieldErrorsOf(result.error)).join(' '));
}

/**
 * Emits an event and waits for its acknowledgement (at most 8 s). Resolves with the payload of a
 * `{ok: true}` answer; rejects with an AckError for a payload its schema refuses (nothing is sent),
 * a refusal, an answer outside the event's schema, or a timeout.
 */
export async function emitWithAck<E extends ClientEvent>(
  socket: AppSocket | null,
  event: E,
  payload: ClientPayload<E>,
): Promise<AckData<E>> {
  if (!socket) throw new AckError('offline', i18n.t('common:error.offline'));
  const data = parsed(event, payload);
  let res: unknown;
  try {
    res = await untyped(socket).timeout(ACK_TIMEOUT).emitWithAck(event, data);
  } catch {
    throw new AckError('timeout', i18n.t('common:error.timeout'));
  }
  const ack = ackSchemaOf(event).safeParse(res);
  if (!ack.success) throw new AckError('unexpected_answer', i18n.t('common:error.unexpectedAnswer'));
  if (!ack.data.ok) throw new AckError(ack.data.error, ack.data.message);
  return ack.data;
}

/**
 * Emits an event without waiting for its answer (typing, leaving a thread). A payload its schema
 * refuses is not sent: nobody waits for the refusal. Events whose acknowledgement is not optional
 * still ask for one, which is dropped.
 */
export function emitEvent<E extends ClientEvent>(
  socket: AppSocket,
  event: E,
  payload: ClientPayload<E>,
): void {
  const result = CLIENT_EVENTS[event].payload.safeParse(payload);
  if (!result.success) return;
  const ackOptional = 'ackOptional' in CLIENT_EVENTS[event];
  untyped(socket).emit(event, result.data, ...(ackOptional ? [] : [() => undefined]));
}

/** Listens to a server event, acting only on payloads its schema accepts; returns the unsubscribe. */
export function onServerEvent<E extends ServerEvent>(
  socket: AppSocket,
  event: E,
  listener: (payload: ServerPayload<E>) => void,
): () => void {
  const handle = (payload: unknown) => {
    const result = SERVER_EVENTS[event].safeParse(payload);
    if (result.success) listener(result.data as ServerPayload<E>);
  };
  untyped(socket).on(event, handle);
  return () => void untyped(socket).off(event, handle);
}
