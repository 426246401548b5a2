import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { MEMBERSHIPS, ORG_CATEGORY_LABELS, type Membership } from '@shared/roles';
import { listOrganisations } from '../../api/organisations';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { SelectField, TextField } from '../../components/FormField';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../../components/QueryStatus';
import { MEMBERSHIP_LABELS } from '../../components/labels';

const PAGE_SIZE = 50;

/** `/admin/organisations`: the directory's organisations, with links to edit each one. */
export function OrganisationsAdminPage() {
  useDocumentTitle('Organisations · Admin');
  const [q, setQ] = useState('');
  const [membership, setMembership] = useState<Membership | ''>('');
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const params = { q: debouncedQ || undefined, membership: membership || undefined, limit: PAGE_SIZE };
  const query = useInfiniteQuery({
    queryKey: queryKeys.organisations(params),
    queryFn: ({ pageParam, signal }) => listOrganisations({ ...params, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const orgs = query.data?.pages.flatMap((p) => p.items) ?? [];

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
      <form
        className="filters filters--auto"
        role="search"
        aria-label="Filter organisations"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="admin-orgs-q"
          label="Search by name"
          type="search"
          value={q}
          maxLength={100}
          autoComplete="off"
          onChange={(e) => setQ(e.target.value)}
        />
        <SelectField
          id="admin-orgs-membership"
          label="Membership"
          value={membership}
          onChange={(e) => setMembership(e.target.value as Membership | '')}
        >
          <option value="">Any membership</option>
          {MEMBERSHIPS.map((m) => (
            <option key={m} value={m}>
              {MEMBERSHIP_LABELS[m]}
            </option>
          ))}
        </SelectField>
      </form>
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
      <LoadMoreButton
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </div>
  );
}
