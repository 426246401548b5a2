import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { LoginSchema } from '@shared/schemas/auth';
import { LIMITS } from '@shared/limits';
import { ApiError } from '../api/client';
import { useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { TextField } from '../components/FormField';
import { errorMessage } from '../components/QueryStatus';
import {
  fieldErrorsOf,
  focusFirstInvalid,
  safeNext,
  type FieldErrors,
  apiFieldErrors,
} from '../components/formErrors';

const FIELDS = ['email', 'password'];

export function SignInPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signIn.title'));
  const { user, login } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  if (user && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = LoginSchema.safeParse({ email, password });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      setErrors(fieldErrors);
      focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
      return;
    }
    setErrors({});
    login.mutate(parsed.data, {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (err) => {
        if (err instanceof ApiError && Object.keys(err.fields).length > 0) setErrors(apiFieldErrors(err));
      },
    });
  };

  const serverError = login.isError ? errorMessage(login.error) : null;
  const wasRedirected = searchParams.has('next') && next !== '/';

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>{t('signIn.title')}</h1>
        <p className="lead">{t('signIn.lead')}</p>
      </header>
      {wasRedirected && (
        <p className="notice notice--info" data-testid="sign-in-required">
          {t('signIn.redirected')}
        </p>
      )}
      <div className="card form-card">
        <div role="alert" className="form-alert-region" data-testid="sign-in-error">
          {serverError && (
            <div className="notice notice--error">
              <p className="notice__title">
                {login.error instanceof ApiError && login.error.status === 429
                  ? t('signIn.paused')
                  : t('signIn.failed')}
              </p>
              <p>{serverError}</p>
            </div>
          )}
        </div>
        <form ref={formRef} onSubmit={onSubmit} noValidate>
          <TextField
            id="sign-in-email"
            name="email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            maxLength={LIMITS.emailMax}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errors.email}
            required
          />
          <TextField
            id="sign-in-password"
            name="password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            maxLength={LIMITS.passwordMax}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
            required
          />
          <button type="submit" className="button button--block" disabled={login.isPending}>
            {t('signIn.submit')}
          </button>
          {login.isPending && (
            <p className="form-progress" role="status">
              {t('signIn.pending')}
            </p>
          )}
        </form>
        <p className="form-card__note">{t('signIn.forgotten')}</p>
        <p className="form-card__note">
          <Trans t={t} i18nKey="signIn.apply" components={{ anchor: <Link to="/apply" /> }} />
        </p>
      </div>
    </div>
  );
}
