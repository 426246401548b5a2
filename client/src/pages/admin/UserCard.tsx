import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ROLES, type Role } from '@shared/roles';
import type { AdminUserDto, UpdateUserInput } from '@shared/schemas/user';
import { createPasswordResetLink, updateUser } from '../../api/users';
import { queryKeys } from '../../api/queryKeys';
import { useRefreshAfterChange } from '../../hooks/useRefreshAfterChange';
import { ConfirmAction } from '../../components/ConfirmAction';
import { CopyableLink } from '../../components/CopyableLink';
import { SelectField } from '../../components/FormField';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { errorMessage } from '../../components/QueryStatus';
import { formatDateTime } from '../../components/dates';
import { ROLE_LABELS, USER_STATUS_LABELS } from '../../components/labels';
import { EnumOptions } from '../../components/EnumOptions';

function successText(t: TFunction<'admin'>, changes: UpdateUserInput): string {
  if (changes.status === 'suspended') return t('users.card.suspended');
  if (changes.status === 'active') return t('users.card.reactivated');
  return t('users.card.saved');
}

/** A visible text followed by " for <name>" for screen readers, as one text of the catalogue. */
function ForUser({ i18nKey, name }: { i18nKey: string; name: string }) {
  const { t } = useTranslation('admin');
  return (
    <Trans
      t={t}
      i18nKey={i18nKey}
      values={{ name }}
      components={{ hidden: <span className="visually-hidden" /> }}
    />
  );
}

/** One account in the admin list: role and organisation, suspension, and password-reset links. */
export function UserCard({ user, isYou }: { user: AdminUserDto; isYou: boolean }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const refresh = useRefreshAfterChange();
  // Unsaved choices; null means "as stored", so a refetch shows the server's values.
  const [role, setRole] = useState<Role | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const shownRole = role ?? user.role;
  const shownOrganisationId = organisationId ?? user.organisation?.id ?? '';

  const update = useMutation({
    mutationFn: (changes: UpdateUserInput) => updateUser(user.id, changes),
    onSuccess: () => {
      setRole(null);
      setOrganisationId(null);
      refresh('users');
      // Changing your own role changes what this browser may do.
      if (isYou) void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
  const resetLink = useMutation({
    mutationFn: () => createPasswordResetLink(user.id),
    onSuccess: () => refresh(),
  });

  const changes: UpdateUserInput = {};
  if (shownRole !== user.role) changes.role = shownRole;
  if (shownOrganisationId !== (user.organisation?.id ?? ''))
    changes.organisationId = shownOrganisationId || null;
  const dirty = Object.keys(changes).length > 0;

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (dirty) update.mutate(changes);
  };

  const idBase = `user-${user.id}`;

  const suspended = user.status === 'suspended';
  return (
    <article className="card user-card" aria-labelledby={`${idBase}-name`} data-testid="user-card">
      <div className="user-card__head">
        <h2 className="card__title" id={`${idBase}-name`}>
          {user.name}
          {isYou && <span className="muted"> {t('users.card.you')}</span>}
        </h2>
        <p className="chip-row">
          <span className="badge">{ROLE_LABELS[user.role]}</span>
          <span className={suspended ? 'badge badge--danger' : 'badge badge--success'}>
            {USER_STATUS_LABELS[user.status]}
          </span>
          {user.locked && <span className="badge badge--danger">{t('users.card.locked')}</span>}
        </p>
      </div>
      <p className="meta-line">
        <span className="break-anywhere">{user.email}</span>
        <span aria-hidden="true"> · </span>
        <span>{user.organisation?.name ?? t('noOrganisation')}</span>
        <span aria-hidden="true"> · </span>
        <span>
          {user.lastSeenAt ? (
            <Trans
              t={t}
              i18nKey="users.card.lastSeen"
              values={{ date: formatDateTime(user.lastSeenAt) }}
              components={{ time: <time dateTime={user.lastSeenAt} /> }}
            />
          ) : (
            t('users.card.neverSignedIn')
          )}
        </span>
      </p>
      <form
        className="user-card__form"
        onSubmit={onSave}
        aria-label={t('users.card.formLabel', { name: user.name })}
      >
        <SelectField
          id={`${idBase}-role`}
          label={<ForUser i18nKey="users.card.role" name={user.name} />}
          value={shownRole}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          <EnumOptions values={ROLES} labels={ROLE_LABELS} />
        </SelectField>
        <OrganisationSelect
          id={`${idBase}-organisation`}
          label={<ForUser i18nKey="users.card.organisation" name={user.name} />}
          emptyLabel={t('noOrganisation')}
          value={shownOrganisationId}
          onChange={setOrganisationId}
        />
        <button type="submit" className="button button--small" disabled={!dirty || update.isPending}>
          <ForUser i18nKey={update.isPending ? 'users.card.saving' : 'users.card.save'} name={user.name} />
        </button>
      </form>
      <div className="row-actions">
        <ConfirmAction
          label={suspended ? t('users.card.reactivate') : t('users.card.suspend')}
          question={
            suspended
              ? t('users.card.reactivateQuestion', { name: user.name })
              : t('users.card.suspendQuestion', { name: user.name })
          }
          confirmLabel={suspended ? t('users.card.reactivateConfirm') : t('users.card.suspendConfirm')}
          onConfirm={() => update.mutate({ status: suspended ? 'active' : 'suspended' })}
          pending={update.isPending}
          danger={!suspended}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => resetLink.mutate()}
          disabled={resetLink.isPending}
        >
          <ForUser
            i18nKey={resetLink.isPending ? 'users.card.creatingResetLink' : 'users.card.createResetLink'}
            name={user.name}
          />
        </button>
      </div>
      <div role="alert" className="form-alert-region">
        {(update.isError || resetLink.isError) && (
          <p className="notice notice--error">{errorMessage(update.error ?? resetLink.error)}</p>
        )}
      </div>
      <p role="status" className="user-card__status">
        {update.isSuccess && !dirty ? successText(t, update.variables) : ''}
      </p>
      {resetLink.data && (
        <div className="user-card__reset">
          <CopyableLink
            id={`${idBase}-reset`}
            label={t('users.card.resetLinkLabel')}
            url={resetLink.data.resetUrl}
          />
          <p className="field__hint">
            <Trans
              t={t}
              i18nKey="users.card.resetLinkHint"
              values={{ date: formatDateTime(resetLink.data.expiresAt), name: user.name }}
              components={{ time: <time dateTime={resetLink.data.expiresAt} /> }}
            />
          </p>
        </div>
      )}
    </article>
  );
}
