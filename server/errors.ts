import mongoose from 'mongoose';
import type { Language } from '@shared/i18n/languages';
import { translateMessage } from './i18n';
import {
  MongoClientClosedError,
  MongoError,
  MongoExpiredSessionError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoOperationTimeoutError,
  MongoServerClosedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
  MongoUnexpectedServerResponseError,
} from 'mongodb';

/**
 * A text for a reader: the English wording, with `{{placeholders}}` for the parts that vary, is its
 * own key in the `errors` catalogue (shared/locales/<lang>/errors.json); the error handler and the
 * socket acknowledgements answer it in the reader's language. A placeholder's value may itself be a
 * Message (a status, a label): it is translated too, into the same language.
 */
export interface Message {
  text: string;
  params?: Record<string, MessageParam>;
  /** Already in the reader's language (zod's own messages, put in it while validating): shown as is. */
  verbatim?: boolean;
}
export type MessageParam = string | number | Message;
/** `message('An indicator with the code {{code}} already exists', { code })` */
export const message = (text: string, params?: Record<string, MessageParam>): Message => ({ text, params });
/** A text already written in the reader's language: never looked up, never interpolated. */
export const verbatim = (text: string): Message => ({ text, verbatim: true });

const asMessage = (m: string | Message): Message => (typeof m === 'string' ? { text: m } : m);
const isMessage = (p: MessageParam): p is Message => typeof p === 'object';

/** A message in a reader's language (English when the catalogue lacks it). */
export function localize(language: Language, m: string | Message): string {
  const msg = asMessage(m);
  if (msg.verbatim) return msg.text;
  const params = msg.params
    ? Object.fromEntries(
        Object.entries(msg.params).map(([k, v]) => [k, isMessage(v) ? localize(language, v) : v]),
      )
    : undefined;
  return translateMessage(language, msg.text, params);
}

/** The English rendering, for logs and for `err.message`. */
const english = (m: Message): string =>
  m.params && !m.verbatim
    ? m.text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_x, k: string) => {
        const v = m.params?.[k];
        return v === undefined ? '' : isMessage(v) ? english(v) : String(v);
      })
    : m.text;

/** Domain errors: they know nothing about HTTP; the error handler maps them to statuses. */
export class DomainError extends Error {
  /** What the reader is told, before translation. */
  public readonly text: Message;
  /** Per-field messages (form errors), before translation. */
  public readonly fieldTexts?: Record<string, Message>;
  constructor(
    public readonly code: string,
    text: string | Message,
    fields?: Record<string, string | Message>,
  ) {
    const m = asMessage(text);
    super(english(m));
    this.text = m;
    this.fieldTexts = fields
      ? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, asMessage(v)]))
      : undefined;
    this.name = new.target.name;
  }
  /** The fields' messages in English (logs, tests that read the error itself). */
  get fields(): Record<string, string> | undefined {
    return this.fieldTexts
      ? Object.fromEntries(Object.entries(this.fieldTexts).map(([k, v]) => [k, english(v)]))
      : undefined;
  }
}
export class ValidationError extends DomainError {
  constructor(message: string | Message, fields?: Record<string, string | Message>) {
    super('invalid_input', message, fields);
  }
}
export class UnauthenticatedError extends DomainError {
  constructor(message: string | Message = 'Sign in to continue') {
    super('unauthenticated', message);
  }
}
export class ForbiddenError extends DomainError {
  constructor(message: string | Message = 'You are not allowed to do this') {
    super('forbidden', message);
  }
}
/**
 * `new NotFoundError('Indicator')` says "Indicator not found": every such sentence is a key of its
 * own in the catalogue (word order and gender differ by language). A sentence with a variable part
 * is given whole: `new NotFoundError(message('Revision {{number}} not found', { number }))`.
 */
export class NotFoundError extends DomainError {
  constructor(what: string | Message = 'Resource') {
    super('not_found', typeof what === 'string' ? `${what} not found` : what);
  }
}
export class ConflictError extends DomainError {
  constructor(
    message: string | Message,
    code = 'conflict',
    /** Extra body fields for the client, e.g. the latest revision after a stale save. */
    public readonly payload?: Record<string, unknown>,
  ) {
    super(code, message);
  }
}
export class TooManyRequestsError extends DomainError {
  constructor(
    message: string | Message = 'Too many attempts, try again later',
    public readonly retryAfterSeconds?: number,
  ) {
    super('too_many_requests', message);
  }
}
export class UnavailableError extends DomainError {
  constructor(message: string | Message = 'Service temporarily unavailable') {
    super('unavailable', message);
  }
}
export class GoneError extends DomainError {
  constructor(message: string | Message) {
    super('gone', message);
  }
}

/**
 * A unique index refused the write. MongoDB says 11000 (11001 on old servers), on inserts and updates
 * alike; FerretDB v1 says 11000 on inserts but answers a clash on an update with code 1 and SQLite's
 * "UNIQUE constraint failed". Every duplicate-key check in the server goes through here.
 */
export function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof MongoError)) return false;
  if (err.code === 11000 || err.code === 11001) return true;
  return err.code === 1 && err.message.includes('UNIQUE constraint failed');
}

/** Server answers meaning "not now": shutting down, stepping down, not primary, network trouble. */
const TRANSIENT_CODES = new Set([6, 7, 89, 91, 189, 9001, 10107, 11600, 11602, 13435, 13436]);
/** Driver errors that are internal (not exported) but mean the same: the pool went away under us. */
const TRANSIENT_NAMES = new Set([
  'MongoPoolClearedError',
  'MongoPoolClosedError',
  'MongoWaitQueueTimeoutError',
]);

/**
 * Socket failures the driver sometimes lets through as bare Node errors rather than
 * MongoNetworkErrors (a command written after the server hung up: EPIPE "This socket has been ended
 * by the other party").
 */
const SOCKET_ERROR_CODES = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT']);
const isSocketFailure = (err: unknown) =>
  err instanceof Error && SOCKET_ERROR_CODES.has(String((err as NodeJS.ErrnoException).code));

/**
 * The database is away or could not answer: no server to select, the connection dropped or the pool
 * was cleared, the client is closed or not connected yet, mongoose gave up buffering while
 * disconnected, or the server answered something the driver could not read. Such a request may
 * succeed if retried, so it is "unavailable", never "internal" and never "signed out".
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  return (
    err instanceof MongoNetworkError || // also pool cleared, network timeouts, "connection … closed"
    err instanceof MongoServerSelectionError ||
    err instanceof MongoNotConnectedError ||
    err instanceof MongoTopologyClosedError ||
    err instanceof MongoClientClosedError ||
    err instanceof MongoExpiredSessionError || // the client was closed under the operation
    err instanceof MongoServerClosedError ||
    err instanceof MongoOperationTimeoutError ||
    err instanceof MongoUnexpectedServerResponseError ||
    err instanceof mongoose.Error.MongooseServerSelectionError ||
    (err instanceof MongoError && (TRANSIENT_NAMES.has(err.name) || TRANSIENT_CODES.has(Number(err.code)))) ||
    (err instanceof mongoose.Error && /buffering timed out/.test(err.message)) ||
    isSocketFailure(err)
  );
}

/**
 * Database failures in the shared vocabulary, for the HTTP error handler and socket acknowledgements
 * alike: a duplicate key is a conflict, an unreachable database is "unavailable"; null otherwise.
 */
export function databaseDomainError(err: unknown): DomainError | null {
  if (isDuplicateKey(err)) return new ConflictError('This name, address or code is already taken');
  if (isDatabaseUnavailable(err))
    return new UnavailableError('The database is unreachable; try again shortly');
  return null;
}
