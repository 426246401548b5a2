import type { z } from 'zod';
import { ApiError } from '../api/client';

export type FieldErrors = Record<string, string>;

/** The first message for each field of a failed zod parse, keyed by the field's path. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** The per-field messages of a 400 answer from the API (empty for other errors). */
export const apiFieldErrors = (error: unknown): FieldErrors =>
  error instanceof ApiError && error.status === 400 ? error.fields : {};

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
