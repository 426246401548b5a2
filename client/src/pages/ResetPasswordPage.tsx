import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { CompletePasswordResetSchema } from '@shared/schemas/user';
import { ApiError } from '../api/client';
import { completePasswordReset, previewPasswordReset } from '../api/passwordResets';
import { queryKeys } from '../api/queryKeys';
import { useAdoptSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { NewPasswordFields, checkRepeatedPassword } from '../components/NewPasswordFields';
import { OneTimeLinkProblem } from '../components/OneTimeLinkProblem';
import { Loading, errorMessage } from '../components/QueryStatus';
import { formatDateTime } from '../components/dates';
import { fieldErrorsOf, focusFirstInvalid, type FieldErrors, apiFieldErrors } from '../components/formErrors';

const FIELDS = ['password', 'confirmPassword'];

function ResetForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const adoptSession = useAdoptSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [passwords, setPasswords] = useState({ password: '', confirmPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: (password: string) => completePasswordReset(token, { password }),
    onSuccess: (user) => {
      // A suspended account gets its new password but is not signed in: say so instead.
      if (user.status !== 'active') return;
      adoptSession(user);
      void navigate('/', { replace: true });
    },
    onError: (err) => {
      if (err instanceof ApiError) setErrors(apiFieldErrors(err));
    },
  });

  if (mutation.isSuccess && mutation.data.status !== 'active') {
    return (
      <div className="notice notice--info" role="status">
        <p className="notice__title">{t('reset.changed')}</p>
        <p>{t('reset.suspended')}</p>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = CompletePasswordResetSchema.safeParse({ password: passwords.password });
    const fieldErrors = checkRepeatedPassword(passwords, parsed.success ? {} : fieldErrorsOf(parsed.error));
    setErrors(fieldErrors);
    if (!parsed.success || Object.keys(fieldErrors).length > 0) {
      focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
      return;
    }
    mutation.mutate(parsed.data.password);
  };

  return (
    <div className="card form-card">
      <div role="alert" className="form-alert-region">
        {mutation.isError && (
          <div className="notice notice--error">
            <p className="notice__title">{t('password.notChanged')}</p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('reset.title')}>
        <NewPasswordFields
          idPrefix="reset"
          email={email}
          values={passwords}
          errors={errors}
          onChange={setPasswords}
        />
        <button type="submit" className="button button--block" disabled={mutation.isPending}>
          {mutation.isPending ? t('reset.pending') : t('reset.submit')}
        </button>
      </form>
    </div>
  );
}

/** `/reset-password/:token`: set a new password with a one-time link from a host; signs in. */
export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('reset.title'));
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: queryKeys.passwordResetPreview(token),
    queryFn: ({ signal }) => previewPasswordReset(token, signal),
    staleTime: 0,
  });

  if (preview.isPending) return <Loading label={t('reset.checking')} />;
  if (preview.isError) {
    return (
      <div className="page page--narrow">
        <OneTimeLinkProblem
          kind="password reset"
          error={preview.error}
          onRetry={() => void preview.refetch()}
        />
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>{t('reset.title')}</h1>
        <p className="lead">
          <Trans
            t={t}
            i18nKey="reset.lead"
            values={{ email: preview.data.email, date: formatDateTime(preview.data.expiresAt) }}
            components={{ strong: <strong className="break-anywhere" /> }}
          />
        </p>
      </header>
      <ResetForm token={token} email={preview.data.email} />
      <p className="form-card__note">
        <Trans t={t} i18nKey="reset.signIn" components={{ anchor: <Link to="/sign-in" /> }} />
      </p>
    </div>
  );
}
