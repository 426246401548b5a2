import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';
import { ROLE_LABELS } from './labels';
import { errorMessage } from './QueryStatus';
import { NotificationBell } from './NotificationBell';

/** Who is signed in (name, organisation, role) with account and sign-out; or a sign-in link. */
export function UserMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation('common');
  const { user, isLoading, logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  if (isLoading) return <div className="user-menu" aria-hidden="true" />;

  if (!user) {
    if (pathname === '/sign-in') return <div className="user-menu" />;
    return (
      <div className="user-menu">
        <Link
          to="/sign-in"
          className="button button--small"
          data-testid="header-sign-in"
          onClick={onNavigate}
        >
          {t('userMenu.signIn')}
        </Link>
      </div>
    );
  }

  // Leave the current page first: a signed-in-only page would otherwise bounce to /sign-in.
  const signOut = async () => {
    onNavigate();
    await navigate('/', { replace: true });
    logout.mutate();
  };

  return (
    <div className="user-menu" data-testid="user-menu">
      <p className="user-menu__who">
        <span className="user-menu__name" data-testid="user-name">
          {user.name}
        </span>
        <span className="user-menu__meta">
          {user.organisation ? `${user.organisation.name} · ` : ''}
          {ROLE_LABELS[user.role]}
        </span>
      </p>
      <div className="user-menu__actions">
        <NotificationBell onNavigate={onNavigate} />
        <Link to="/account" className="user-menu__link" onClick={onNavigate}>
          {t('userMenu.account')}
        </Link>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void signOut()}
          disabled={logout.isPending}
          data-testid="sign-out"
        >
          {logout.isPending ? t('userMenu.signingOut') : t('userMenu.signOut')}
        </button>
      </div>
      {logout.isError && (
        <p className="user-menu__error" role="alert">
          {t('userMenu.signOutFailed', { message: errorMessage(logout.error) })}
        </p>
      )}
    </div>
  );
}
