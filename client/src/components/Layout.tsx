import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SiteHeader } from './SiteHeader';
import { LanguageBar } from './LanguageBar';
import { SiteFooter } from './SiteFooter';
import { ConnectionBanner } from './ConnectionBanner';

/**
 * The page frame: skip link, header, main, footer. After a client-side navigation, focus moves
 * to the new page's h1 so screen-reader and keyboard users start at the new content.
 */
export function Layout() {
  const { t } = useTranslation('common');
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    const target = mainRef.current?.querySelector<HTMLElement>('h1') ?? mainRef.current;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('header.skipToContent')}
      </a>
      <LanguageBar />
      <SiteHeader />
      <ConnectionBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="main container">
        <Outlet />
      </main>
      <SiteFooter />
      {/* Announces live events (new notifications) to screen readers without moving focus. */}
      <p id="live-announcer" className="visually-hidden" aria-live="polite" />
      <ScrollRestoration />
    </div>
  );
}
