import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_STATUSES,
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
import { labelMap } from './indicators/labels';
import { titleFor } from './indicators/translations';
import { contentAttributes } from '../components/ContentLanguage';
import { currentLanguage } from '../i18n';
import { INDICATOR_STATUS_LABELS } from '../components/labels';

const isStatus = (v: string): v is IndicatorStatus => INDICATOR_STATUSES.some((s) => s === v);
const isTier = (v: string): v is IndicatorTier => INDICATOR_TIERS.some((t) => t === v);

/** `/indicators`: the catalogue of indicator drafts, with search and filters kept in the address. */
export function IndicatorsPage() {
  const { t } = useTranslation('indicators');
  useDocumentTitle(t('list.title'));
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
  const reader = currentLanguage();

  return (
    <div className="page indicators-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1>{t('list.title')}</h1>
          <p className="lead">{t('list.lead')}</p>
        </div>
        <div className="indicator-actions">
          {canCreate && (
            <Link to="/indicators/new" className="button">
              {t('list.propose')}
            </Link>
          )}
          <a href={catalogueCsvUrl} className="button button--secondary" download>
            {t('list.downloadCsv')}
          </a>
        </div>
      </header>
      <ObserverHint what={t('observerHint.list')} />

      <FilterForm label={t('list.filters.label')}>
        <TextField
          id="indicator-q"
          label={t('list.filters.search')}
          type="search"
          hint={t('list.filters.searchHint')}
          value={get('q')}
          maxLength={100}
          onChange={(e) => setParam('q', e.target.value)}
        />
        <SelectField
          id="indicator-status"
          label={t('list.filters.status')}
          value={status}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <EnumOptions
            values={INDICATOR_STATUSES}
            labels={INDICATOR_STATUS_LABELS}
            emptyLabel={t('list.filters.allStatuses')}
          />
        </SelectField>
        <SelectField
          id="indicator-tier"
          label={t('list.filters.tier')}
          value={tier}
          onChange={(e) => setParam('tier', e.target.value)}
        >
          <EnumOptions
            values={INDICATOR_TIERS}
            labels={labelMap(INDICATOR_TIERS, (tier) => t('tier', { tier }))}
            emptyLabel={t('list.filters.allTiers')}
          />
        </SelectField>
      </FilterForm>

      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading" className="visually-hidden">
          {t('list.catalogueHeading')}
        </h2>
        <p className="result-count" role="status">
          {query.isSuccess && t(query.hasNextPage ? 'list.countMore' : 'list.count', { count: items.length })}
        </p>
        {query.isPending && <Loading label={t('list.loading')} />}
        {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {query.isSuccess && items.length === 0 && (
          <EmptyState title={filtered ? t('list.empty.noMatch') : t('list.empty.none')}>
            {filtered ? t('list.empty.noMatchHint') : t('list.empty.noneHint')}
          </EmptyState>
        )}
        {items.length > 0 && (
          <div className="table-scroll">
            <table className="data-table indicator-table" aria-busy={query.isPlaceholderData || undefined}>
              <caption className="visually-hidden">{t('list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.code')}</th>
                  <th scope="col">{t('columns.title')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  <th scope="col">{t('columns.tier')}</th>
                  <th scope="col">{t('columns.custodian')}</th>
                  <th scope="col">{t('columns.lastRevision')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => {
                  // The title in the reader's language when the indicator is translated into it.
                  const title = titleFor(i, reader);
                  return (
                    <tr key={i.code} data-testid="indicator-row">
                      <td data-label={t('columns.code')}>
                        <Link to={`/indicators/${i.code}`} className="indicator-code">
                          {i.code}
                        </Link>
                      </td>
                      <td data-label={t('columns.title')}>
                        <Link to={`/indicators/${i.code}`} {...contentAttributes(title.language)}>
                          {title.title}
                        </Link>
                      </td>
                      <td data-label={t('columns.status')}>
                        <StatusBadge status={i.status} />
                      </td>
                      <td data-label={t('columns.tier')}>{i.tier}</td>
                      <td data-label={t('columns.custodian')}>
                        {i.custodian ? (
                          <bdi>{i.custodian.name}</bdi>
                        ) : (
                          <span className="muted">{t('notAssigned')}</span>
                        )}
                      </td>
                      <td data-label={t('columns.lastRevision')}>
                        <bdi>{i.currentRevision}</bdi> · <bdi>{formatDate(i.lastRevisedAt)}</bdi>
                        {i.lastRevisedBy && (
                          <span className="muted">
                            {' · '}
                            <bdi>{i.lastRevisedBy.name}</bdi>
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <LoadMoreButton query={query} />
      </section>
    </div>
  );
}
