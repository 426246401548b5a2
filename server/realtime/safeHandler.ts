import type { z } from 'zod';
import {
  ackSchemaOf,
  CLIENT_EVENTS,
  type Ack,
  type AckData,
  type ClientEvent,
  type ParsedPayload,
} from '@shared/realtime';
import { DEFAULT_LANGUAGE, type Language } from '@shared/i18n/languages';
import { DomainError, databaseDomainError, localize } from '../errors';
import { parseIn, toValidationError } from '../middlewares/validate';
import type { Logger } from '../logger';
import type { AppSocket } from './types';

/** The language of the socket's user at the moment of answering (see socketLanguage). */
type LanguageOf = () => Language | Promise<Language>;

/** What a client event's handler gets (its payload, parsed) and answers (its acknowledgement's data). */
export type EventHandler<E extends ClientEvent> = (payload: ParsedPayload<E>) => Promise<AckData<E>>;

export interface HandlerOptions {
  languageOf?: LanguageOf;
  /** Where an acknowledgement outside its schema is reported (tests). */
  log: Pick<Logger, 'error'>;
}

type Listener<R extends object> = (payload: unknown, ack?: (res: Ack<R>) => void) => Promise<void>;

/** In tests every acknowledgement is parsed with its schema, so an answer cannot drift from its contract. */
const checkAcks = process.env.NODE_ENV === 'test';

/**
 * Wraps a socket event handler: validates the payload with zod, turns thrown domain errors (and
 * database failures, in the same vocabulary as HTTP: `conflict`, `unavailable`) into an error
 * acknowledgement in the user's language, and never lets an exception escape to crash the process.
 * Given a client event's name, the payload's schema comes from the event registry (shared/realtime)
 * and, in tests, the acknowledgement is checked against the registry's: a mismatch is logged as an
 * error and answered `internal`. (Given a bare schema, nothing checks the acknowledgement.)
 */
export function safeHandler<E extends ClientEvent>(
  event: E,
  handler: EventHandler<E>,
  { languageOf = () => DEFAULT_LANGUAGE, log }: HandlerOptions,
): Listener<AckData<E>> {
  const schema: z.ZodType = CLIENT_EVENTS[event].payload;
  const language = async () => {
    try {
      return await languageOf();
    } catch {
      return DEFAULT_LANGUAGE;
    }
  };
  const internal = async () =>
    ({
      ok: false,
      error: 'internal',
      message: localize(await language(), 'Something went wrong on our side'),
    }) as const;
  /** The success acknowledgement, or `internal` (logged) when it is outside the event's schema. */
  const checked = async (res: Ack<object>): Promise<Ack<object>> => {
    if (!checkAcks) return res;
    const result = ackSchemaOf(event).safeParse(res);
    if (result.success) return res;
    log?.error(
      { event, issues: result.error.issues.slice(0, 5) },
      `socket event ${event} acknowledged outside its schema`,
    );
    return internal();
  };
  return async (payload, ack) => {
    const reply = typeof ack === 'function' ? ack : () => undefined;
    try {
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        // Parsed again for zod's own messages in the user's language (only when refused).
        const lang = await language();
        const again = parseIn(schema, payload ?? {}, lang);
        const err = toValidationError(again.success ? parsed.error : again.error, lang);
        return reply({ ok: false, error: err.code, message: err.message });
      }
      reply(await checked({ ok: true, ...(await handler(parsed.data as Parameters<EventHandler<E>>[0])) }));
    } catch (thrown) {
      const err = databaseDomainError(thrown) ?? thrown;
      const say = async (text: Parameters<typeof localize>[1]) => localize(await language(), text);
      if (err instanceof DomainError)
        return reply({ ok: false, error: err.code, message: await say(err.text) });
      reply(await internal());
    }
  };
}

/**
 * Registers client event handlers on a socket through the registry: `on('message:send', handler)`
 * types the handler's payload and answer by the event's name and wraps it in safeHandler.
 */
export function eventRegistrar(socket: AppSocket, options: HandlerOptions) {
  return <E extends ClientEvent>(event: E, handler: EventHandler<E>) => {
    // socket.on cannot match a listener to a generic event name; the registry typed both above (and
    // the listener takes any payload: it parses it).
    const on = socket.on.bind(socket) as (event: ClientEvent, listener: Listener<AckData<E>>) => unknown;
    on(event, safeHandler(event, handler, options));
  };
}
