import { useEffect } from 'react';
import { i18n } from '../i18n';

/**
 * Sets document.title to "<page> · Coalition Workspace" (or just the product name), in the
 * reader's language: the page gives its title already translated.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    const app = i18n.t('common:app.name');
    document.title = title ? `${title} · ${app}` : app;
  }, [title]);
}
