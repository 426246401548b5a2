import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
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
import { DateTime } from '../../components/dates';
import { ROLE_LABELS, USER_STATUS_LABELS } from '../../components/labels';
import { EnumOptions } from '../../components/EnumOptions';

function successText(changes: UpdateUserInput): string {
  if (changes.status === 'suspended') return 'Suspended: they were signed out everywhere.';
  if (changes.status === 'active') return 'Reactivated: they can sign in again.';
  return 'Changes saved.';
}

/** One account in the admin list: role and organisation, suspension, and password-reset links. */
export function UserCard({ user, isYou }: { user: AdminUserDto; isYou: boolean }) {
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
  const who = <span className="visually-hidden"> for {user.name}</span>;
  const suspended = user.status === 'suspended';
  return (
    <article className="card user-card" aria-labelledby={`${idBase}-name`} data-testid="user-card">
      <div className="user-card__head">
        <h2 className="card__title" id={`${idBase}-name`}>
          {user.name}
          {isYou && <span className="muted"> (you)</span>}
        </h2>
        <p className="chip-row">
          <span className="badge">{ROLE_LABELS[user.role]}</span>
          <span className={suspended ? 'badge badge--danger' : 'badge badge--success'}>
            {USER_STATUS_LABELS[user.status]}
          </span>
          {user.locked && <span className="badge badge--danger">Locked after failed sign-ins</span>}
        </p>
      </div>
      <p className="meta-line">
        <span className="break-anywhere">{user.email}</span>
        <span aria-hidden="true"> · </span>
        <span>{user.organisation?.name ?? 'No organisation'}</span>
        <span aria-hidden="true"> · </span>
        <span>
          {user.lastSeenAt ? (
            <>
              Last seen <DateTime iso={user.lastSeenAt} />
            </>
          ) : (
            'Never signed in'
          )}
        </span>
      </p>
      <form
        className="user-card__form"
        onSubmit={onSave}
        aria-label={`Role and organisation of ${user.name}`}
      >
        <SelectField
          id={`${idBase}-role`}
          label={<>Role{who}</>}
          value={shownRole}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          <EnumOptions values={ROLES} labels={ROLE_LABELS} />
        </SelectField>
        <OrganisationSelect
          id={`${idBase}-organisation`}
          label={<>Organisation{who}</>}
          emptyLabel="No organisation"
          value={shownOrganisationId}
          onChange={setOrganisationId}
        />
        <button type="submit" className="button button--small" disabled={!dirty || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
          {who}
        </button>
      </form>
      <div className="row-actions">
        <ConfirmAction
          label={suspended ? 'Reactivate' : 'Suspend'}
          question={
            suspended
              ? `Reactivate ${user.name}? They can sign in again.`
              : `Suspend ${user.name}? They are signed out everywhere at once and cannot sign in until reactivated.`
          }
          confirmLabel={suspended ? 'Yes, reactivate' : 'Yes, suspend'}
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
          {resetLink.isPending ? 'Creating link…' : 'Create password-reset link'}
          {who}
        </button>
      </div>
      <div role="alert" className="form-alert-region">
        {(update.isError || resetLink.isError) && (
          <p className="notice notice--error">{errorMessage(update.error ?? resetLink.error)}</p>
        )}
      </div>
      <p role="status" className="user-card__status">
        {update.isSuccess && !dirty ? successText(update.variables) : ''}
      </p>
      {resetLink.data && (
        <div className="user-card__reset">
          <CopyableLink id={`${idBase}-reset`} label="Password-reset link" url={resetLink.data.resetUrl} />
          <p className="field__hint">
            Works once, until <DateTime iso={resetLink.data.expiresAt} />. Send it to {user.name} yourself; it
            is shown only now.
          </p>
        </div>
      )}
    </article>
  );
}
