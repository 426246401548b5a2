import type { z } from 'zod';
import { ErrorSchema } from '@shared/schemas/common';
import { ApiError, networkMessage, unexpectedAnswerMessage } from './apiError';
import { i18n } from '../i18n';
import '../i18n/zodLocale';

export { ApiError, networkMessage, unexpectedAnswerMessage } from './apiError';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface BaseOptions {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/** Builds an ApiError from a failed answer's status and parsed body, whatever the body looks like. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const parsed = ErrorSchema.safeParse(body);
  if (parsed.success) return new ApiError(status, parsed.data.error, parsed.data.message, parsed.data.fields);
  const message =
    status >= 500 ? i18n.t('common:error.server') : i18n.t('common:error.requestFailed', { status });
  return new ApiError(status, 'http_error', message);
}

/** Builds an ApiError from a failed response. */
async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (e.g. a proxy error page): apiErrorFrom falls back to a generic message.
  }
  return apiErrorFrom(res.status, body);
}

/**
 * Calls the JSON API on the same origin with the session cookie. Success bodies are parsed with
 * the given zod schema (from shared/); failures throw an ApiError. Without a schema the body is ignored.
 */
export async function apiFetch<T>(path: string, options: BaseOptions & { schema: z.ZodType<T> }): Promise<T>;
export async function apiFetch(path: string, options?: BaseOptions & { schema?: undefined }): Promise<void>;
export async function apiFetch<T>(
  path: string,
  options: BaseOptions & { schema?: z.ZodType<T> } = {},
): Promise<T | void> {
  const { method = 'GET', body, schema, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', networkMessage());
  }

  if (!res.ok) throw await toApiError(res);
  if (!schema) return;
  const json: unknown = await res.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(res.status, 'invalid_response', unexpectedAnswerMessage());
  return parsed.data;
}

/** A query string from the defined, non-empty values only (leading `?` included when not empty). */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
