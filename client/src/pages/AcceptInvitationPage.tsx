import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { LIMITS } from '@shared/limits';
import { AcceptInvitationSchema } from '@shared/schemas/invitation';
import { ApiError } from '../api/client';
import { acceptInvitation, previewInvitation, type InvitationPreview } from '../api/invitations';
import { queryKeys } from '../api/queryKeys';
import { useAdoptSession, useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { TextField } from '../components/FormField';
import { NewPasswordFields, checkRepeatedPassword } from '../components/NewPasswordFields';
import { OneTimeLinkProblem } from '../components/OneTimeLinkProblem';
import { Loading, errorMessage } from '../components/QueryStatus';
import { formatDateTime } from '../components/dates';
import { ROLE_LABELS } from '../components/labels';
import { fieldErrorsOf, focusFirstInvalid, type FieldErrors, apiFieldErrors } from '../components/formErrors';

const FIELDS = ['name', 'password', 'confirmPassword'];

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const navigate = useNavigate();
  const adoptSession = useAdoptSession();
  const { user: signedIn } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [passwords, setPasswords] = useState({ password: '', confirmPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: (input: { name: string; password: string }) => acceptInvitation(token, input),
    onSuccess: (user) => {
      adoptSession(user);
      void navigate('/', { replace: true });
    },
    onError: (err) => {
      if (err instanceof ApiError) setErrors(apiFieldErrors(err));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = AcceptInvitationSchema.safeParse({ name, password: passwords.password });
    const fieldErrors = checkRepeatedPassword(passwords, parsed.success ? {} : fieldErrorsOf(parsed.error));
    setErrors(fieldErrors);
    if (!parsed.success || Object.keys(fieldErrors).length > 0) {
      focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
      return;
    }
    mutation.mutate(parsed.data);
  };

  return (
    <div className="card form-card">
      {signedIn && (
        <p className="notice notice--info">
          You are signed in as {signedIn.name}. Accepting this invitation signs you in with the new account
          instead.
        </p>
      )}
      <div role="alert" className="form-alert-region">
        {mutation.isError && (
          <div className="notice notice--error">
            <p className="notice__title">Your account was not created</p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Create your account">
        <TextField
          id="accept-name"
          name="name"
          label="Your name"
          hint="As the other members should see it, such as “Maya Member”."
          autoComplete="name"
          maxLength={LIMITS.nameMax}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          required
        />
        <NewPasswordFields
          idPrefix="accept"
          email={preview.email}
          values={passwords}
          errors={errors}
          onChange={setPasswords}
        />
        <button type="submit" className="button button--block" disabled={mutation.isPending}>
          {mutation.isPending ? 'Creating your account…' : 'Create my account'}
        </button>
      </form>
    </div>
  );
}

/** `/invitations/:token`: accept an invitation by choosing a name and password; signs in. */
export function AcceptInvitationPage() {
  useDocumentTitle('Accept your invitation');
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: ({ signal }) => previewInvitation(token, signal),
    staleTime: 0,
  });

  if (preview.isPending) return <Loading label="Checking your invitation…" />;
  if (preview.isError) {
    return (
      <div className="page page--narrow">
        <OneTimeLinkProblem kind="invitation" error={preview.error} onRetry={() => void preview.refetch()} />
      </div>
    );
  }

  const invite = preview.data;
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <p className="eyebrow">You are invited</p>
        <h1>Join the Coalition Workspace</h1>
        <p className="lead" data-testid="invitation-summary">
          You are invited as {invite.role === 'observer' ? 'an' : 'a'}{' '}
          {ROLE_LABELS[invite.role].toLowerCase()}
          {invite.organisation ? ` of ${invite.organisation.name}` : ''}. Choose your name and a password to
          create your account.
        </p>
      </header>
      <dl className="facts facts--stacked card invitation-facts">
        <div>
          <dt>Email</dt>
          <dd className="break-anywhere">{invite.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{ROLE_LABELS[invite.role]}</dd>
        </div>
        <div>
          <dt>Organisation</dt>
          <dd>{invite.organisation?.name ?? 'None'}</dd>
        </div>
        <div>
          <dt>Link valid until</dt>
          <dd>{formatDateTime(invite.expiresAt)}</dd>
        </div>
      </dl>
      <AcceptForm token={token} preview={invite} />
    </div>
  );
}
