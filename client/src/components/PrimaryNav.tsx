import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@shared/schemas/auth';

/** Who sees an entry: everyone, signed-in people (the page needs an account), or hosts. */
type Audience = 'everyone' | 'signed-in' | 'hosts';

interface NavItem {
  to: string;
  /** Its name's key in `common` (`nav.*`, as in the server's first-paint shell). */
  labelKey: string;
  audience: Audience;
}

const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', audience: 'everyone' },
  { to: '/catch-up', labelKey: 'nav.catchUp', audience: 'signed-in' },
  { to: '/library', labelKey: 'nav.library', audience: 'everyone' },
  { to: '/indicators', labelKey: 'nav.indicators', audience: 'everyone' },
  { to: '/discussions', labelKey: 'nav.discussions', audience: 'signed-in' },
  { to: '/meetings', labelKey: 'nav.meetings', audience: 'everyone' },
  { to: '/follow-ups', labelKey: 'nav.followUps', audience: 'signed-in' },
  { to: '/members', labelKey: 'nav.members', audience: 'everyone' },
  { to: '/glossary', labelKey: 'nav.glossary', audience: 'everyone' },
  { to: '/admin', labelKey: 'nav.admin', audience: 'hosts' },
];

/** The entries a visitor (null) or a signed-in user sees: none that would only lead to sign-in. */
function navItemsFor(user: Pick<UserDto, 'role'> | null): NavItem[] {
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
  const { t } = useTranslation('common');
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <ul className="primary-nav__list">
        {navItemsFor(user).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'} className="primary-nav__link" onClick={onNavigate}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
