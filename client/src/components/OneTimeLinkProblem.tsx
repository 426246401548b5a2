import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ErrorMessage } from './QueryStatus';

type LinkKind = 'invitation' | 'password reset';

/** Whether the server said the link is malformed (400), unknown (404) or used up (410). */
const isDeadLink = (error: unknown) => error instanceof ApiError && [400, 404, 410].includes(error.status);

/** The page body for an invitation or password-reset link that cannot be used, with what to do next. */
export function OneTimeLinkProblem({
  kind,
  error,
  onRetry,
}: {
  kind: LinkKind;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation('auth');
  const k = kind === 'invitation' ? 'invitation' : 'passwordReset';
  if (!isDeadLink(error)) {
    return (
      <>
        <h1>{t(`oneTimeLink.${k}.title`)}</h1>
        <ErrorMessage error={error} onRetry={onRetry} title={t('oneTimeLink.notChecked')} />
      </>
    );
  }
  const gone = error instanceof ApiError && error.status === 410;
  return (
    <div data-testid="dead-link">
      <h1>{gone ? t(`oneTimeLink.${k}.gone`) : t(`oneTimeLink.${k}.broken`)}</h1>
      <div className="notice notice--info">
        <p>{gone && error instanceof ApiError ? error.message : t(`oneTimeLink.${k}.check`)}</p>
      </div>
      <ul className="inline-links">
        <li>
          <Link to="/sign-in">{t('oneTimeLink.signIn')}</Link>
        </li>
        <li>
          <Link to="/">{t('oneTimeLink.home')}</Link>
        </li>
      </ul>
    </div>
  );
}
