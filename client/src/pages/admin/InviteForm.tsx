import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@shared/roles';
import { LIMITS } from '@shared/limits';
import { CreateInvitationSchema, type IssuedInvitation } from '@shared/schemas/invitation';
import { ApiError } from '../../api/client';
import { createInvitation } from '../../api/invitations';
import { useRefreshAfterChange } from '../../hooks/useRefreshAfterChange';
import { SelectField, TextField } from '../../components/FormField';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { errorMessage } from '../../components/QueryStatus';
import { ROLE_LABELS } from '../../components/labels';
import {
  fieldErrorsOf,
  focusFirstInvalid,
  type FieldErrors,
  apiFieldErrors,
} from '../../components/formErrors';
import { EnumOptions } from '../../components/EnumOptions';

const FIELDS = ['email', 'role', 'organisationId'];

/** Invite someone by email, with a role and an organisation; reports the issued link upward. */
export function InviteForm({ onIssued }: { onIssued: (issued: IssuedInvitation) => void }) {
  const { t } = useTranslation('admin');
  const refresh = useRefreshAfterChange();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const mutation = useMutation({
    mutationFn: createInvitation,
    onSuccess: (issued) => {
      refresh('invitations');
      setEmail('');
      setRole('member');
      setOrganisationId('');
      onIssued(issued);
    },
    onError: (err) => {
      if (!(err instanceof ApiError)) return;
      const fieldErrors = err.code === 'account_exists' ? { email: err.message } : apiFieldErrors(err);
      setErrors(fieldErrors);
      focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = CreateInvitationSchema.safeParse({ email, role, organisationId: organisationId || null });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      setErrors(fieldErrors);
      focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data);
  };

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="invite-heading"
      data-testid="invite-form"
    >
      <div role="alert" className="form-alert-region">
        {mutation.isError && (
          <div className="notice notice--error">
            <p className="notice__title">{t('invite.notCreated')}</p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <div className="form-grid">
        <TextField
          id="invite-email"
          name="email"
          label={t('invite.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          maxLength={LIMITS.emailMax}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          required
        />
        <SelectField
          id="invite-role"
          name="role"
          label={t('invite.role')}
          aria-describedby="invite-role-help"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={errors.role}
        >
          <EnumOptions values={ROLES} labels={ROLE_LABELS} />
        </SelectField>
        <OrganisationSelect
          id="invite-organisation"
          name="organisationId"
          label={t('invite.organisation')}
          emptyLabel={t('noOrganisation')}
          value={organisationId}
          onChange={setOrganisationId}
          error={errors.organisationId}
        />
      </div>
      <p className="field__hint form-grid__note" id="invite-role-help">
        {t('invite.roleHint', { role: ROLE_LABELS[role], hint: t(`invite.roleHints.${role}`) })}
      </p>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t('invite.pending') : t('invite.submit')}
      </button>
    </form>
  );
}
