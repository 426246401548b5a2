import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ORG_CATEGORIES, ORG_CATEGORY_LABELS, type OrgCategory } from '@shared/roles';
import { getOrganisationStats, listOrganisations } from '../api/organisations';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePagedList } from '../hooks/usePagedList';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { CategoryChart } from '../components/CategoryChart';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { OrganisationCard } from '../components/OrganisationCard';
import { OrganisationDetail } from '../components/OrganisationDetail';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { EnumOptions } from '../components/EnumOptions';
import { useUrlFilters } from '../hooks/useUrlFilters';

const PAGE_SIZE = 24;
const isCategory = (value: string | null): value is OrgCategory => ORG_CATEGORIES.some((c) => c === value);

function Directory() {
  useDocumentTitle('Members');
  const { params: searchParams, setParams: setSearchParams, setParam } = useUrlFilters();
  const rawCategory = searchParams.get('category');
  const category = isCategory(rawCategory) ? rawCategory : undefined;
  const country = searchParams.get('country') ?? '';
  const q = searchParams.get('q') ?? '';
  const debouncedQ = useDebouncedValue(q.trim(), 300);

  const stats = useQuery({
    queryKey: queryKeys.organisationStats,
    queryFn: ({ signal }) => getOrganisationStats(signal),
  });

  /** The current filters with another category: the target of each bar in the chart. */
  const categoryLink = (c: OrgCategory) => {
    const next = new URLSearchParams(searchParams);
    next.set('category', c);
    return `/members?${next.toString()}`;
  };

  const params = { category, country: country || undefined, q: debouncedQ || undefined, limit: PAGE_SIZE };
  const { query, items: orgs } = usePagedList(queryKeys.organisations(params), (cursor, signal) =>
    listOrganisations({ ...params, cursor }, signal),
  );
  const filtered = Boolean(category || country || debouncedQ);
  // Keep a country from the address selectable even before the stats arrive (or if it is unknown).
  const countries = [...new Set([...(stats.data?.countries ?? []), ...(country ? [country] : [])])];

  return (
    <div className="directory-layout">
      <aside className="directory-layout__aside">
        {stats.isPending && <Loading label="Loading the category chart…" />}
        {stats.isError && <ErrorMessage error={stats.error} onRetry={() => void stats.refetch()} />}
        {stats.data && <CategoryChart stats={stats.data} current={category} linkFor={categoryLink} />}
      </aside>
      <div className="directory-layout__main">
        <form
          className="filters filters--directory"
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
              <EnumOptions values={ORG_CATEGORIES} labels={ORG_CATEGORY_LABELS} emptyLabel="All categories" />
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="members-country">
              Country
            </label>
            <select
              id="members-country"
              className="input select"
              value={country}
              onChange={(e) => setParam('country', e.target.value)}
            >
              <option value="">All countries</option>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {c}
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
            {filtered
              ? 'Try another name, category or country.'
              : 'Organisations appear here once a host adds them.'}
          </EmptyState>
        )}
        {orgs.length > 0 && (
          <ul
            className="card-grid"
            aria-label="Organisations"
            aria-busy={query.isPlaceholderData || undefined}
          >
            {orgs.map((org) => (
              <li key={org.id}>
                <OrganisationCard org={org} />
              </li>
            ))}
          </ul>
        )}
        <LoadMoreButton query={query} />
      </div>
    </div>
  );
}

/** `/members`: the public member directory, filterable by category, country and name. */
export function MembersPage() {
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
      {org ? <OrganisationDetail slug={org} /> : <Directory />}
    </div>
  );
}
