import type { z } from 'zod';
import { ApiError } from '../api/apiError';
import { humanFieldMessage } from './fieldNames';

export type FieldErrors = Record<string, string>;

/**
 * The first message for each field of a failed zod parse, keyed by the field's path, in words for
 * people and in the reader's language (the shared schemas' messages are English).
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= humanFieldMessage(key, issue.message, true);
  }
  return fields;
}

/**
 * Checks form values with the shared schema the server uses, before anything is sent: the parsed
 * values, or the field errors to show, keyed by the form's field (an error in the second line of a
 * list field is the list field's).
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_';
    errors[key] ??= humanFieldMessage(key, issue.message, true);
  }
  return { ok: false, errors };
}

/**
 * The per-field messages of a 400 answer from the API (empty for other errors), in words for
 * people; the server has already written them in the reader's language.
 */
export const apiFieldErrors = (error: unknown): FieldErrors =>
  error instanceof ApiError && error.status === 400
    ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, humanFieldMessage(k, v)]))
    : {};

/** Focuses the first field (in the given order) that has an error. */
export function focusFirstInvalid(errors: FieldErrors, order: string[], form: HTMLFormElement | null): void {
  const first = order.find((name) => errors[name]);
  if (!first || !form) return;
  const input = form.elements.namedItem(first);
  if (input instanceof HTMLElement) input.focus();
}

/** A `?next=` target that stays on this site; anything else falls back to the home page. */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw.startsWith('/sign-in')) return '/';
  return raw;
}
