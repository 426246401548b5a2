import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

const ADMIN_SECTIONS = [
  { to: '/admin', label: 'Overview', end: true },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/invitations', label: 'Invitations' },
  { to: '/admin/applications', label: 'Applications' },
  { to: '/admin/organisations', label: 'Organisations' },
  { to: '/admin/audit', label: 'Audit log' },
];

function HostRequired() {
  useDocumentTitle('Administration');
  return (
    <div className="page page--narrow" data-testid="host-required">
      <h1>Administration</h1>
      <div className="notice notice--info">
        <p className="notice__title">You need host rights to open this area.</p>
        <p>
          Administration is for workspace hosts. If you need an account, role or organisation changed, ask a
          host.
        </p>
      </div>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </div>
  );
}

/**
 * `/admin/*`: workspace administration for hosts, with its own section navigation. Each section
 * is a nested route with its own h1; anyone else gets a plain "host rights needed" page.
 */
export function AdminPage() {
  const { isHost } = useSession();
  if (!isHost) return <HostRequired />;
  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-label="Administration">
        <p className="admin-nav__title" aria-hidden="true">
          Administration
        </p>
        <ul className="admin-nav__list">
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.end} className="admin-nav__link">
                {section.label}
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
