import { useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';
import { BrandMark } from './BrandMark';
import { PrimaryNav } from './PrimaryNav';
import { UserMenu } from './UserMenu';
import { NotificationBell, NotificationEvents } from './NotificationBell';

/**
 * Product name, primary navigation and the user menu; below 48rem they fold into a "Menu" button,
 * with the notification bell kept beside it so a new mention shows while the menu is closed.
 */
export function SiteHeader() {
  const { t } = useTranslation('common');
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      toggleRef.current?.focus();
    }
  };

  return (
    <header className="site-header" onKeyDown={onKeyDown}>
      <div className="site-header__inner container">
        <Link to="/" className="brand" onClick={close}>
          <BrandMark />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        {user && (
          <>
            <NotificationEvents />
            <NotificationBell placement="bar" onNavigate={close} />
          </>
        )}
        <button
          ref={toggleRef}
          type="button"
          className="menu-toggle"
          aria-expanded={open}
          aria-controls="site-menu"
          onClick={() => setOpen((v) => !v)}
        >
          <span className="menu-toggle__icon" aria-hidden="true" />
          <span className="menu-toggle__label">{t('nav.menu')}</span>
        </button>
        <div id="site-menu" className={open ? 'site-menu is-open' : 'site-menu'}>
          <PrimaryNav user={user} onNavigate={close} />
          <UserMenu onNavigate={close} />
        </div>
      </div>
    </header>
  );
}
