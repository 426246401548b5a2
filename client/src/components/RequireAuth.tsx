import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession';
import { ErrorMessage, Loading } from './QueryStatus';

/** Renders its children for signed-in users; sends anyone else to /sign-in?next=<this page>. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { user, isLoading, error } = useSession();
  const location = useLocation();
  if (isLoading) return <Loading label="Checking your session…" />;
  if (!user) {
    if (error) return <ErrorMessage error={error} title="We could not check whether you are signed in" />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return children;
}
