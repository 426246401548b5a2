import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('auth');
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
      {signedIn && <p className="notice notice--info">{t('accept.signedInAs', { name: signedIn.name })}</p>}
      <div role="alert" className="form-alert-region">
        {mutation.isError && (
          <div className="notice notice--error">
            <p className="notice__title">{t('accept.notCreated')}</p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('accept.formLabel')}>
        <TextField
          id="accept-name"
          name="name"
          label={t('accept.name')}
          hint={t('accept.nameHint')}
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
          {mutation.isPending ? t('accept.pending') : t('accept.submit')}
        </button>
      </form>
    </div>
  );
}

/** `/invitations/:token`: accept an invitation by choosing a name and password; signs in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('accept.title'));
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: ({ signal }) => previewInvitation(token, signal),
    staleTime: 0,
  });

  if (preview.isPending) return <Loading label={t('accept.checking')} />;
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
        <p className="eyebrow">{t('accept.eyebrow')}</p>
        <h1>{t('accept.heading')}</h1>
        <p className="lead" data-testid="invitation-summary">
          {invite.organisation
            ? t(`accept.summary.${invite.role}Of`, { organisation: invite.organisation.name })
            : t(`accept.summary.${invite.role}`)}
        </p>
      </header>
      <dl className="facts facts--stacked card invitation-facts">
        <div>
          <dt>{t('accept.facts.email')}</dt>
          <dd className="break-anywhere">{invite.email}</dd>
        </div>
        <div>
          <dt>{t('accept.facts.role')}</dt>
          <dd>{ROLE_LABELS[invite.role]}</dd>
        </div>
        <div>
          <dt>{t('accept.facts.organisation')}</dt>
          <dd>{invite.organisation?.name ?? t('accept.facts.none')}</dd>
        </div>
        <div>
          <dt>{t('accept.facts.validUntil')}</dt>
          <dd>{formatDateTime(invite.expiresAt)}</dd>
        </div>
      </dl>
      <AcceptForm token={token} preview={invite} />
    </div>
  );
}
