import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { ORG_CATEGORIES, ORG_CATEGORY_LABELS, type OrgCategory } from '@shared/roles';
import { getOrganisation, listOrganisations } from '../api/organisations';
import { ApiError } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { OrganisationCard } from '../components/OrganisationCard';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';

const PAGE_SIZE = 24;
const isCategory = (value: string | null): value is OrgCategory => ORG_CATEGORIES.some((c) => c === value);

/** One organisation picked from elsewhere (e.g. a meeting's participant chips): `?org=<slug>`. */
function SelectedOrganisation({ slug }: { slug: string }) {
  const query = useQuery({
    queryKey: queryKeys.organisation(slug),
    queryFn: ({ signal }) => getOrganisation(slug, signal),
  });
  return (
    <section className="section" aria-label="Selected organisation">
      <p className="back-link">
        <Link to="/members">← The whole directory</Link>
      </p>
      {query.isPending && <Loading label="Loading the organisation…" />}
      {query.isError &&
        (query.error instanceof ApiError && query.error.status === 404 ? (
          <EmptyState title="Organisation not found">
            It may have been renamed or removed from the directory.
          </EmptyState>
        ) : (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ))}
      {query.data && <OrganisationCard org={query.data} highlighted />}
    </section>
  );
}

function Directory() {
  const [searchParams, setSearchParams] = useSearchParams();
  const rawCategory = searchParams.get('category');
  const category = isCategory(rawCategory) ? rawCategory : undefined;
  const q = searchParams.get('q') ?? '';
  const debouncedQ = useDebouncedValue(q.trim(), 300);

  const setParam = (name: string, value: string) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const params = { category, q: debouncedQ || undefined, limit: PAGE_SIZE };
  const query = useInfiniteQuery({
    queryKey: queryKeys.organisations(params),
    queryFn: ({ pageParam, signal }) => listOrganisations({ ...params, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const orgs = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(category || debouncedQ);

  return (
    <>
      <form
        className="filters"
        role="search"
        aria-label="Filter the directory"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label className="field__label" htmlFor="members-q">
            Search by name
          </label>
          <input
            id="members-q"
            className="input"
            type="search"
            value={q}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setParam('q', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="members-category">
            Category
          </label>
          <select
            id="members-category"
            className="input select"
            value={category ?? ''}
            onChange={(e) => setParam('category', e.target.value)}
          >
            <option value="">All categories</option>
            {ORG_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {ORG_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button
            type="button"
            className="button button--secondary filters__clear"
            onClick={() => setSearchParams({}, { replace: true })}
          >
            Clear filters
          </button>
        )}
      </form>

      <p className="result-count" role="status" data-testid="result-count">
        {query.isSuccess &&
          `${orgs.length}${query.hasNextPage ? '+' : ''} ${orgs.length === 1 ? 'organisation' : 'organisations'}${filtered ? ' match' : ''}`}
      </p>
      {query.isPending && <Loading label="Loading the directory…" />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && orgs.length === 0 && (
        <EmptyState title={filtered ? 'No organisations match' : 'No organisations yet'}>
          {filtered ? 'Try another name or category.' : 'Organisations appear here once a host adds them.'}
        </EmptyState>
      )}
      {orgs.length > 0 && (
        <ul className="card-grid" aria-label="Organisations" aria-busy={query.isPlaceholderData || undefined}>
          {orgs.map((org) => (
            <li key={org.id}>
              <OrganisationCard org={org} />
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <p className="load-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </p>
      )}
    </>
  );
}

/** `/members`: the public member directory, filterable by category and name. */
export function MembersPage() {
  useDocumentTitle('Members');
  const [searchParams] = useSearchParams();
  const org = searchParams.get('org');
  return (
    <div className="page">
      <header className="page-header">
        <h1>Member directory</h1>
        <p className="lead">
          The organisations in the coalition and those that take part in its sessions: NGOs, hotlines,
          companies, international organisations and governments.
        </p>
      </header>
      {org ? <SelectedOrganisation slug={org} /> : <Directory />}
    </div>
  );
}
