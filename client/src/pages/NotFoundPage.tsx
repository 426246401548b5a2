import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page page--narrow" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <ul className="inline-links">
        <li>
          <Link to="/">{t('common:nav.home')}</Link>
        </li>
        <li>
          <Link to="/meetings">{t('common:nav.meetings')}</Link>
        </li>
        <li>
          <Link to="/members">{t('common:links.memberDirectory')}</Link>
        </li>
      </ul>
    </div>
  );
}
