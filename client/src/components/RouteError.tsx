import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

/** Shown when a page crashes while rendering: a plain apology and a way back. */
export function RouteError() {
  const { t } = useTranslation('common');
  useRouteError();
  useDocumentTitle(t('routeError.title'));
  return (
    <div className="page page--narrow">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.text')}</p>
      <p>
        <Link to="/" reloadDocument className="button">
          {t('routeError.home')}
        </Link>
      </p>
    </div>
  );
}
