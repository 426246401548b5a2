import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';

export function SiteFooter() {
  const { t } = useTranslation('common');
  const status = useQuery({
    queryKey: queryKeys.health,
    // Loaded with the request, not the page: the first paint needs no API code.
    queryFn: ({ signal }) => import('../api/health').then((api) => api.health(signal)),
    staleTime: 60_000,
  });
  const degraded = status.data?.status === 'unavailable';
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>
          <Trans t={t} i18nKey="footer.about" components={{ strong: <strong /> }} />
        </p>
        <ul className="site-footer__links">
          <li>
            <Link to="/meetings">{t('nav.meetings')}</Link>
          </li>
          <li>
            <Link to="/members">{t('links.memberDirectory')}</Link>
          </li>
          <li>
            <a href="/api/docs">{t('links.apiDocs')}</a>
          </li>
        </ul>
        {degraded && (
          <p className="site-footer__status" role="status">
            {t('footer.degraded')}
          </p>
        )}
      </div>
    </footer>
  );
}
