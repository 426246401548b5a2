import { Link } from 'react-router';
import {
  INDICATOR_STATUSES,
  INDICATOR_STATUS_LABELS,
  INDICATOR_TIERS,
  type IndicatorStatus,
  type IndicatorTier,
} from '@shared/schemas/indicator';
import { catalogueCsvUrl, listIndicators, type IndicatorListParams } from '../api/indicators';
import { queryKeys } from '../api/queryKeys';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePagedList } from '../hooks/usePagedList';
import { useSession } from '../hooks/useSession';
import { EnumOptions } from '../components/EnumOptions';
import { SelectField, TextField } from '../components/FormField';
import { FilterForm } from '../components/FilterForm';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { formatDate } from '../components/dates';
import { StatusBadge } from './indicators/StatusBadge';
import '../styles/indicators.css';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { ObserverHint } from '../components/ObserverHint';

const TIER_LABELS = Object.fromEntries(INDICATOR_TIERS.map((t) => [t, `Tier ${t}`])) as Record<
  IndicatorTier,
  string
>;
const isStatus = (v: string): v is IndicatorStatus => INDICATOR_STATUSES.some((s) => s === v);
const isTier = (v: string): v is IndicatorTier => INDICATOR_TIERS.some((t) => t === v);

/** `/indicators`: the catalogue of indicator drafts, with search and filters kept in the address. */
export function IndicatorsPage() {
  useDocumentTitle('Indicators');
  const { user } = useSession();
  const canCreate = user?.role === 'member' || user?.role === 'host';
  const { params: searchParams, setParam } = useUrlFilters();
  const get = (name: string) => searchParams.get(name) ?? '';
  const q = useDebouncedValue(get('q').trim(), 300);
  const status = get('status');
  const tier = get('tier');
  const params: Omit<IndicatorListParams, 'cursor'> = {
    q: q || undefined,
    status: isStatus(status) ? status : undefined,
    tier: isTier(tier) ? tier : undefined,
    limit: 50,
  };
  const { query, items } = usePagedList(queryKeys.indicators(params), (cursor, signal) =>
    listIndicators({ ...params, cursor }, signal),
  );
  const filtered = Boolean(q || params.status || params.tier);

  return (
    <div className="page indicators-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1>Indicators</h1>
          <p className="lead">
            Indicators on child sexual abuse material online that the coalition drafts together, for advocacy
            at higher policy level and in the post-2015 UN processes. Metadata follows the UN SDG metadata
            template.
          </p>
        </div>
        <div className="indicator-actions">
          {canCreate && (
            <Link to="/indicators/new" className="button">
              Propose an indicator
            </Link>
          )}
          <a href={catalogueCsvUrl} className="button button--secondary" download>
            Download catalogue (CSV)
          </a>
        </div>
      </header>
      <ObserverHint what="propose and revise indicators or record positions" />

      <FilterForm label="Search indicators">
        <TextField
          id="indicator-q"
          label="Search"
          type="search"
          hint="Code or words of the title"
          value={get('q')}
          maxLength={100}
          onChange={(e) => setParam('q', e.target.value)}
        />
        <SelectField
          id="indicator-status"
          label="Status"
          value={status}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <EnumOptions
            values={INDICATOR_STATUSES}
            labels={INDICATOR_STATUS_LABELS}
            emptyLabel="All statuses"
          />
        </SelectField>
        <SelectField
          id="indicator-tier"
          label="Tier"
          value={tier}
          onChange={(e) => setParam('tier', e.target.value)}
        >
          <EnumOptions values={INDICATOR_TIERS} labels={TIER_LABELS} emptyLabel="All tiers" />
        </SelectField>
      </FilterForm>

      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading" className="visually-hidden">
          Catalogue
        </h2>
        <p className="result-count" role="status">
          {query.isSuccess &&
            `${items.length}${query.hasNextPage ? '+' : ''} ${items.length === 1 ? 'indicator' : 'indicators'}`}
        </p>
        {query.isPending && <Loading label="Loading the catalogue…" />}
        {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {query.isSuccess && items.length === 0 && (
          <EmptyState title={filtered ? 'No indicators match' : 'No indicator drafts yet'}>
            {filtered ? 'Try other words or fewer filters.' : 'Members can propose the first one.'}
          </EmptyState>
        )}
        {items.length > 0 && (
          <div className="table-scroll">
            <table className="data-table indicator-table" aria-busy={query.isPlaceholderData || undefined}>
              <caption className="visually-hidden">Indicators by code</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Title</th>
                  <th scope="col">Status</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Custodian</th>
                  <th scope="col">Last revision</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.code} data-testid="indicator-row">
                    <td data-label="Code">
                      <Link to={`/indicators/${i.code}`} className="indicator-code">
                        {i.code}
                      </Link>
                    </td>
                    <td data-label="Title">
                      <Link to={`/indicators/${i.code}`}>{i.title}</Link>
                    </td>
                    <td data-label="Status">
                      <StatusBadge status={i.status} />
                    </td>
                    <td data-label="Tier">{i.tier}</td>
                    <td data-label="Custodian">
                      {i.custodian?.name ?? <span className="muted">Not assigned</span>}
                    </td>
                    <td data-label="Last revision">
                      {i.currentRevision} · {formatDate(i.lastRevisedAt)}
                      {i.lastRevisedBy && <span className="muted"> · {i.lastRevisedBy.name}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMoreButton query={query} />
      </section>
    </div>
  );
}
