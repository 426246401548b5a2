import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@shared/roles';
import { listUsers } from '../../api/users';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { usePagedList } from '../../hooks/usePagedList';
import { useSession } from '../../hooks/useSession';
import { FilterForm, FilterSearchField } from '../../components/FilterForm';
import { SelectField } from '../../components/FormField';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { EmptyState, ErrorMessage, Loading } from '../../components/QueryStatus';
import { ROLE_LABELS, USER_STATUS_LABELS } from '../../components/labels';
import { UserCard } from './UserCard';
import { EnumOptions } from '../../components/EnumOptions';

const PAGE_SIZE = 20;

/** `/admin/users`: every account, with filters, search and per-user administration. */
export function UsersAdminPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('titles.users'));
  const { user: me } = useSession();
  // `?q=` comes from links elsewhere (the audit log's names): the list opens on that person.
  const [searchParams] = useSearchParams();
  const [q, setQ] = useState(() => searchParams.get('q') ?? '');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  const [organisation, setOrganisation] = useState('');
  const debouncedQ = useDebouncedValue(q.trim(), 300);

  const params = {
    q: debouncedQ || undefined,
    role: role || undefined,
    status: status || undefined,
    organisation: organisation || undefined,
    limit: PAGE_SIZE,
  };
  const { query, items: users } = usePagedList(queryKeys.users(params), (cursor, signal) =>
    listUsers({ ...params, cursor }, signal),
  );
  const filtered = Boolean(debouncedQ || role || status || organisation);

  const clear = () => {
    setQ('');
    setRole('');
    setStatus('');
    setOrganisation('');
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('nav.users')}</h1>
        <p className="lead">{t('users.lead')}</p>
      </header>
      <FilterForm label={t('users.filter')}>
        <FilterSearchField id="users-q" label={t('users.search')} value={q} onChange={setQ} />
        <SelectField
          id="users-role"
          label={t('users.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as Role | '')}
        >
          <EnumOptions values={ROLES} labels={ROLE_LABELS} emptyLabel={t('users.allRoles')} />
        </SelectField>
        <SelectField
          id="users-status"
          label={t('users.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as UserStatus | '')}
        >
          <EnumOptions values={USER_STATUSES} labels={USER_STATUS_LABELS} emptyLabel={t('users.anyStatus')} />
        </SelectField>
        <OrganisationSelect
          id="users-organisation"
          label={t('users.organisation')}
          emptyLabel={t('users.allOrganisations')}
          value={organisation}
          onChange={setOrganisation}
        />
        {filtered && (
          <button type="button" className="button button--secondary filters__clear" onClick={clear}>
            {t('clearFilters')}
          </button>
        )}
      </FilterForm>

      <p className="result-count" role="status">
        {query.isSuccess &&
          t(`users.count.${filtered ? 'match' : 'all'}${query.hasNextPage ? 'More' : ''}`, {
            count: users.length,
          })}
      </p>
      {query.isPending && <Loading label={t('users.loading')} />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && users.length === 0 && (
        <EmptyState title={filtered ? t('users.emptyFiltered') : t('users.empty')}>
          {filtered ? t('users.emptyFilteredText') : t('users.emptyText')}
        </EmptyState>
      )}
      {users.length > 0 && (
        <ul className="stack" aria-label={t('nav.users')} aria-busy={query.isPlaceholderData || undefined}>
          {users.map((user) => (
            <li key={user.id}>
              <UserCard user={user} isYou={user.id === me?.id} />
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton query={query} />
    </div>
  );
}
