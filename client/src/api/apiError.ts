import { i18n } from '../i18n';

/**
 * An error answered by the API (`{error, message, fields?}`), or a network failure (status 0).
 * Kept apart from the fetch code (and its zod schemas) so the first page load does not need them.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    /** The machine-readable code, e.g. `unauthenticated`, `invalid_input`, `too_many_requests`. */
    readonly code: string,
    message: string,
    /** Per-field messages for validation errors, keyed by field name. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The message of an ApiError for a request that never got an answer, in the reader's language. */
export const networkMessage = (): string => i18n.t('common:error.network');

/** The message of an ApiError for an answer the client could not read. */
export const unexpectedAnswerMessage = (): string => i18n.t('common:error.unexpectedAnswer');
