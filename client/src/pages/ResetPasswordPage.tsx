import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
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
        <p className="notice__title">Your password was changed</p>
        <p>Your account is suspended, so you were not signed in. Ask a workspace host to reactivate it.</p>
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
            <p className="notice__title">Your password was not changed</p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Set a new password">
        <NewPasswordFields
          idPrefix="reset"
          email={email}
          values={passwords}
          errors={errors}
          onChange={setPasswords}
        />
        <button type="submit" className="button button--block" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving your password…' : 'Set password and sign in'}
        </button>
      </form>
    </div>
  );
}

/** `/reset-password/:token`: set a new password with a one-time link from a host; signs in. */
export function ResetPasswordPage() {
  useDocumentTitle('Set a new password');
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: queryKeys.passwordResetPreview(token),
    queryFn: ({ signal }) => previewPasswordReset(token, signal),
    staleTime: 0,
  });

  if (preview.isPending) return <Loading label="Checking your link…" />;
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
        <h1>Set a new password</h1>
        <p className="lead">
          For <strong className="break-anywhere">{preview.data.email}</strong>. This link works once, until{' '}
          {formatDateTime(preview.data.expiresAt)}.
        </p>
      </header>
      <ResetForm token={token} email={preview.data.email} />
      <p className="form-card__note">
        Remembered your password? <Link to="/sign-in">Sign in</Link> instead.
      </p>
    </div>
  );
}
