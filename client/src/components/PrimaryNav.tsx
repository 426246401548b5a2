import { NavLink } from 'react-router';
import type { UserDto } from '@shared/schemas/auth';

/** Who sees an entry: everyone, signed-in people (the page needs an account), or hosts. */
type Audience = 'everyone' | 'signed-in' | 'hosts';

interface NavItem {
  to: string;
  label: string;
  audience: Audience;
}

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home', audience: 'everyone' },
  { to: '/catch-up', label: 'Catch-up', audience: 'signed-in' },
  { to: '/library', label: 'Library', audience: 'everyone' },
  { to: '/indicators', label: 'Indicators', audience: 'everyone' },
  { to: '/discussions', label: 'Discussions', audience: 'signed-in' },
  { to: '/meetings', label: 'Meetings', audience: 'everyone' },
  { to: '/follow-ups', label: 'Follow-ups', audience: 'signed-in' },
  { to: '/members', label: 'Members', audience: 'everyone' },
  { to: '/glossary', label: 'Glossary', audience: 'everyone' },
  { to: '/admin', label: 'Admin', audience: 'hosts' },
];

/** The entries a visitor (null) or a signed-in user sees: none that would only lead to sign-in. */
export function navItemsFor(user: Pick<UserDto, 'role'> | null): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      item.audience === 'everyone' ||
      (item.audience === 'signed-in' && user !== null) ||
      (item.audience === 'hosts' && user?.role === 'host'),
  );
}

/** The main areas of the workspace; NavLink marks the current one with aria-current="page". */
export function PrimaryNav({
  user,
  onNavigate,
}: {
  user: Pick<UserDto, 'role'> | null;
  onNavigate: () => void;
}) {
  return (
    <nav className="primary-nav" aria-label="Main">
      <ul className="primary-nav__list">
        {navItemsFor(user).map((item) => (
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
