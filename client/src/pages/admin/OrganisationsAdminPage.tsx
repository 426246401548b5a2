import { useState } from 'react';
import { Link } from 'react-router';
import { MEMBERSHIPS, ORG_CATEGORY_LABELS, type Membership } from '@shared/roles';
import { listOrganisations } from '../../api/organisations';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { usePagedList } from '../../hooks/usePagedList';
import { FilterForm, FilterSearchField } from '../../components/FilterForm';
import { SelectField } from '../../components/FormField';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../../components/QueryStatus';
import { MEMBERSHIP_LABELS } from '../../components/labels';
import { EnumOptions } from '../../components/EnumOptions';

const PAGE_SIZE = 50;

/** `/admin/organisations`: the directory's organisations, with links to edit each one. */
export function OrganisationsAdminPage() {
  useDocumentTitle('Organisations · Admin');
  const [q, setQ] = useState('');
  const [membership, setMembership] = useState<Membership | ''>('');
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const params = { q: debouncedQ || undefined, membership: membership || undefined, limit: PAGE_SIZE };
  const { query, items: orgs } = usePagedList(queryKeys.organisations(params), (cursor, signal) =>
    listOrganisations({ ...params, cursor }, signal),
  );

  return (
    <div className="page">
      <header className="page-header page-header--with-action">
        <div>
          <h1>Organisations</h1>
          <p className="lead">The member directory as hosts manage it.</p>
        </div>
        <Link to="/admin/organisations/new" className="button">
          Add an organisation
        </Link>
      </header>
      <FilterForm label="Filter organisations">
        <FilterSearchField id="admin-orgs-q" label="Search by name" value={q} onChange={setQ} />
        <SelectField
          id="admin-orgs-membership"
          label="Membership"
          value={membership}
          onChange={(e) => setMembership(e.target.value as Membership | '')}
        >
          <EnumOptions values={MEMBERSHIPS} labels={MEMBERSHIP_LABELS} emptyLabel="Any membership" />
        </SelectField>
      </FilterForm>
      {query.isPending && <Loading label="Loading organisations…" />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && orgs.length === 0 && (
        <EmptyState title="No organisations match">Try another name, or add the organisation.</EmptyState>
      )}
      {orgs.length > 0 && (
        <table className="data-table" aria-busy={query.isPlaceholderData || undefined}>
          <caption className="visually-hidden">Organisations, by name</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Category</th>
              <th scope="col">Country</th>
              <th scope="col">Membership</th>
              <th scope="col">Joined</th>
              <th scope="col">Directory</th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((org) => (
              <tr key={org.id}>
                <td data-label="Name">
                  <Link to={`/admin/organisations/${encodeURIComponent(org.slug)}`}>
                    <span className="visually-hidden">Edit </span>
                    {org.name}
                  </Link>
                </td>
                <td data-label="Category">{ORG_CATEGORY_LABELS[org.category]}</td>
                <td data-label="Country">
                  {org.country ?? (org.category === 'international-organisation' ? 'International' : '—')}
                </td>
                <td data-label="Membership">
                  <span
                    className={org.membership === 'member' ? 'badge badge--success' : 'badge badge--muted'}
                  >
                    {MEMBERSHIP_LABELS[org.membership]}
                  </span>
                </td>
                <td data-label="Joined">{org.joinedYear ?? '—'}</td>
                <td data-label="Directory">
                  <Link to={`/members?org=${encodeURIComponent(org.slug)}`}>
                    View<span className="visually-hidden"> {org.name} in the directory</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMoreButton query={query} />
    </div>
  );
}
