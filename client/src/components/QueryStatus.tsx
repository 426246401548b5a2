import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiError';
import { i18n } from '../i18n';
import { fieldName } from './fieldNames';

/** A polite "loading" line for screen readers and sighted users alike. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('status.loading')}
    </p>
  );
}

/** "Loading the page…": the router's fallback while a deep link's page chunk loads. */
export function PageLoading() {
  const { t } = useTranslation('common');
  return <Loading label={t('status.loadingPage')} />;
}

/** Whether a failed load means the item is not there (or not for you): 404, or an id that cannot exist (400). */
export const isNotFound = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 404 || error.status === 400);

/** Items in a list the reader's way ("a, b, c"; Chinese "a、b、c"). */
export const joinList = (items: string[]): string => items.join(i18n.t('common:list.separator'));

/**
 * What went wrong, for people. A refused form names its fields as the form labels them
 * ("Check these fields: Owner organisation, Due date") rather than repeating the server's keys.
 * The server's own messages are already in the reader's language.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = Object.keys(error.fields).filter((k) => k !== '_');
    if (error.status === 400 && fields.length > 0)
      return i18n.t('common:error.checkFields', {
        count: fields.length,
        fields: joinList(fields.map(fieldName)),
      });
    return error.message;
  }
  return i18n.t('common:error.generic');
}

/** An error from a query, with an optional retry button. */
export function ErrorMessage({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title ?? t('error.loadTitle')}</p>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('actions.tryAgain')}
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
