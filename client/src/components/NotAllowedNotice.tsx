import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * A page someone reached by its address but may not use (an observer on an edit page): says so
 * plainly, and why, instead of a form that would only be refused on save.
 */
export function NotAllowedNotice({
  title,
  back,
  children,
}: {
  title: string;
  back: { to: string; label: string };
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to={back.to}>{t('links.backTo', { label: back.label })}</Link>
      </p>
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <div className="notice notice--info" data-testid="not-allowed">
        <p className="notice__title">{t('notAllowed.title')}</p>
        <p>{children}</p>
      </div>
    </div>
  );
}
