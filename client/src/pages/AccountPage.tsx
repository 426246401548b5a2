import { Link } from 'react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { ChangePasswordSchema, type UserDto } from '@shared/schemas/auth';
import { LIMITS } from '@shared/limits';
import { ApiError } from '../api/client';
import { changePassword } from '../api/auth';
import { queryKeys } from '../api/queryKeys';
import { useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { TextField } from '../components/FormField';
import { errorMessage } from '../components/QueryStatus';
import { ROLE_LABELS } from '../components/labels';
import { fieldErrorsOf, focusFirstInvalid, type FieldErrors, apiFieldErrors } from '../components/formErrors';
import { ProfileForm } from './account/ProfileForm';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];

function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: (user) => {
      queryClient.setQueryData<UserDto | null>(queryKeys.session, user);
      setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
    },
    onError: (err) => {
      if (err instanceof ApiError) setErrors(apiFieldErrors(err));
    },
  });

  const set = (name: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ChangePasswordSchema.safeParse({
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (!fieldErrors.newPassword && values.confirmPassword !== values.newPassword) {
      fieldErrors.confirmPassword = t('account.password.mismatch');
    }
    setErrors(fieldErrors);
    if (!parsed.success || Object.keys(fieldErrors).length > 0) {
      focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
      return;
    }
    mutation.mutate(parsed.data);
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="password-heading">
      <div role="alert" className="form-alert-region">
        {mutation.isError && (
          <div className="notice notice--error">
            <p className="notice__title">{t('password.notChanged')}</p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <div role="status" className="form-alert-region">
        {mutation.isSuccess && !mutation.isPending && (
          <div className="notice notice--success" data-testid="password-changed">
            <p>{t('account.password.changed')}</p>
          </div>
        )}
      </div>
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="current-password"
        name="currentPassword"
        label={t('account.password.current')}
        type="password"
        autoComplete="current-password"
        maxLength={LIMITS.passwordMax}
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={errors.currentPassword}
        required
      />
      <TextField
        id="new-password"
        name="newPassword"
        label={t('account.password.new')}
        hint={t('password.hint', { count: LIMITS.passwordMin })}
        type="password"
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={values.newPassword}
        onChange={set('newPassword')}
        error={errors.newPassword}
        required
      />
      <TextField
        id="confirm-password"
        name="confirmPassword"
        label={t('account.password.repeat')}
        type="password"
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={values.confirmPassword}
        onChange={set('confirmPassword')}
        error={errors.confirmPassword}
        required
      />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t('account.password.pending') : t('account.password.submit')}
      </button>
    </form>
  );
}

/** `/account`: who you are, and forms to change your name and your password. Requires sign-in. */
export function AccountPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('account.title'));
  const { user } = useSession();
  if (!user) return null;
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>{t('account.title')}</h1>
        <p>
          <Trans
            t={t}
            i18nKey="account.emailSettings"
            components={{ anchor: <Link to="/settings/email" /> }}
          />
        </p>
      </header>
      <section className="card section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('account.details.title')}</h2>
        <dl className="facts facts--stacked">
          <div>
            <dt>{t('account.details.email')}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{t('account.details.organisation')}</dt>
            <dd>{user.organisation?.name ?? t('account.details.none')}</dd>
          </div>
          <div>
            <dt>{t('account.details.role')}</dt>
            <dd>{ROLE_LABELS[user.role]}</dd>
          </div>
        </dl>
        <p className="muted">{t('account.details.askHost')}</p>
      </section>
      <section className="card section" aria-labelledby="name-heading">
        <h2 id="name-heading">{t('account.name.title')}</h2>
        <ProfileForm user={user} />
      </section>
      <section className="card section" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.password.title')}</h2>
        <ChangePasswordForm email={user.email} />
      </section>
    </div>
  );
}
