import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ORG_CATEGORIES, type OrgCategory } from '@shared/roles';
import { getOrganisationStats, listOrganisations } from '../api/organisations';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePagedList } from '../hooks/usePagedList';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { CategoryChart } from '../components/CategoryChart';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { OrganisationCard } from '../components/OrganisationCard';
import { ORG_CATEGORY_LABELS } from '../components/labels';
import { OrganisationDetail } from '../components/OrganisationDetail';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { EnumOptions } from '../components/EnumOptions';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { formatNumber } from '../i18n/format';
import { countryName } from '../components/countries';

const PAGE_SIZE = 24;
const isCategory = (value: string | null): value is OrgCategory => ORG_CATEGORIES.some((c) => c === value);

function Directory() {
  const { t, i18n } = useTranslation('directory');
  useDocumentTitle(t('members.documentTitle'));
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
  // Named and ordered in the reader's language; the address keeps the stored name.
  const countries = [...new Set([...(stats.data?.countries ?? []), ...(country ? [country] : [])])]
    .map((stored) => ({ stored, name: countryName(stored, i18n.language) }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const countText = t(filtered ? 'members.countMatching' : 'members.count', {
    count: orgs.length,
    number: `${formatNumber(orgs.length)}${query.hasNextPage ? '+' : ''}`,
  });

  return (
    <div className="directory-layout">
      <aside className="directory-layout__aside">
        {stats.isPending && <Loading label={t('members.loadingChart')} />}
        {stats.isError && <ErrorMessage error={stats.error} onRetry={() => void stats.refetch()} />}
        {stats.data && <CategoryChart stats={stats.data} current={category} linkFor={categoryLink} />}
      </aside>
      <div className="directory-layout__main">
        <form
          className="filters filters--directory"
          role="search"
          aria-label={t('members.filterLabel')}
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="field">
            <label className="field__label" htmlFor="members-q">
              {t('members.searchByName')}
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
              {t('members.category')}
            </label>
            <select
              id="members-category"
              className="input select"
              value={category ?? ''}
              onChange={(e) => setParam('category', e.target.value)}
            >
              <EnumOptions
                values={ORG_CATEGORIES}
                labels={ORG_CATEGORY_LABELS}
                emptyLabel={t('members.allCategories')}
              />
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="members-country">
              {t('members.country')}
            </label>
            <select
              id="members-country"
              className="input select"
              value={country}
              onChange={(e) => setParam('country', e.target.value)}
            >
              <option value="">{t('members.allCountries')}</option>
              {countries.map((c) => (
                <option key={c.stored} value={c.stored}>
                  {c.name}
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
              {t('members.clearFilters')}
            </button>
          )}
        </form>

        <p className="result-count" role="status" data-testid="result-count">
          {query.isSuccess && countText}
        </p>
        {query.isPending && <Loading label={t('members.loading')} />}
        {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {query.isSuccess && orgs.length === 0 && (
          <EmptyState title={filtered ? t('members.noMatch') : t('members.noneYet')}>
            {filtered ? t('members.noMatchText') : t('members.noneYetText')}
          </EmptyState>
        )}
        {orgs.length > 0 && (
          <ul
            className="card-grid"
            aria-label={t('members.listLabel')}
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
  const { t } = useTranslation('directory');
  const [searchParams] = useSearchParams();
  const org = searchParams.get('org');
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('members.heading')}</h1>
        <p className="lead">{t('members.lead')}</p>
      </header>
      {org ? <OrganisationDetail slug={org} /> : <Directory />}
    </div>
  );
}
