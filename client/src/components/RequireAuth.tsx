import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';
import { ErrorMessage, Loading } from './QueryStatus';

/** Renders its children for signed-in users; sends anyone else to /sign-in?next=<this page>. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const { user, isLoading, error } = useSession();
  const location = useLocation();
  if (isLoading) return <Loading label={t('status.checkingSession')} />;
  if (!user) {
    if (error) return <ErrorMessage error={error} title={t('error.sessionCheck')} />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return children;
}
