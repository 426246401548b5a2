import { Link, NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

/** The sections of the administration area; each label is `nav.<key>` in the `admin` catalogue. */
const ADMIN_SECTIONS = [
  { to: '/admin', key: 'overview', end: true },
  { to: '/admin/users', key: 'users' },
  { to: '/admin/invitations', key: 'invitations' },
  { to: '/admin/applications', key: 'applications' },
  { to: '/admin/organisations', key: 'organisations' },
  { to: '/admin/audit', key: 'audit' },
];

function HostRequired() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('title'));
  return (
    <div className="page page--narrow" data-testid="host-required">
      <h1>{t('title')}</h1>
      <div className="notice notice--info">
        <p className="notice__title">{t('hostRequired.title')}</p>
        <p>{t('hostRequired.text')}</p>
      </div>
      <p>
        <Link to="/">{t('hostRequired.back')}</Link>
      </p>
    </div>
  );
}

/**
 * `/admin/*`: workspace administration for hosts, with its own section navigation. Each section
 * is a nested route with its own h1; anyone else gets a plain "host rights needed" page.
 */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const { isHost } = useSession();
  if (!isHost) return <HostRequired />;
  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-label={t('title')}>
        <p className="admin-nav__title" aria-hidden="true">
          {t('title')}
        </p>
        <ul className="admin-nav__list">
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.end} className="admin-nav__link">
                {t(`nav.${section.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-content">
        <Outlet />
      </div>
    </div>
  );
}
