import type { ReactNode } from 'react';
import { ApiError } from '../api/apiError';
import { fieldName } from './fieldNames';

/** A polite "loading" line for screen readers and sighted users alike. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** Whether a failed load means the item is not there (or not for you): 404, or an id that cannot exist (400). */
export const isNotFound = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 404 || error.status === 400);

/**
 * What went wrong, for people. A refused form names its fields as the form labels them
 * ("Check these fields: Owner organisation, Due date") rather than repeating the server's keys.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = Object.keys(error.fields).filter((k) => k !== '_');
    if (error.status === 400 && fields.length > 0)
      return `Check ${fields.length === 1 ? 'this field' : 'these fields'}: ${fields.map(fieldName).join(', ')}.`;
    return error.message;
  }
  return 'Something went wrong. Try again in a moment.';
}

/** An error from a query, with an optional retry button. */
export function ErrorMessage({
  error,
  onRetry,
  title = 'This could not be loaded',
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** An empty list, said plainly. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children}
    </div>
  );
}
