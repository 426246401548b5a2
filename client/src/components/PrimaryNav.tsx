import { NavLink } from 'react-router';

interface NavItem {
  to: string;
  label: string;
  hostOnly?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home' },
  { to: '/library', label: 'Library' },
  { to: '/indicators', label: 'Indicators' },
  { to: '/discussions', label: 'Discussions' },
  { to: '/meetings', label: 'Meetings' },
  { to: '/follow-ups', label: 'Follow-ups' },
  { to: '/members', label: 'Members' },
  { to: '/glossary', label: 'Glossary' },
  { to: '/admin', label: 'Admin', hostOnly: true },
];

/** The main areas of the workspace; NavLink marks the current one with aria-current="page". */
export function PrimaryNav({ isHost, onNavigate }: { isHost: boolean; onNavigate: () => void }) {
  return (
    <nav className="primary-nav" aria-label="Main">
      <ul className="primary-nav__list">
        {NAV_ITEMS.filter((item) => !item.hostOnly || isHost).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'} className="primary-nav__link" onClick={onNavigate}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
