import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '@shared/schemas/followUp';
import { listFollowUps, type FollowUpListParams } from '../api/followUps';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePagedList } from '../hooks/usePagedList';
import { useSession } from '../hooks/useSession';
import { EnumOptions } from '../components/EnumOptions';
import { FilterForm } from '../components/FilterForm';
import { SelectField } from '../components/FormField';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { FollowUpCard } from './followUps/FollowUpCard';
import { NewFollowUpForm } from './followUps/NewFollowUpForm';
import '../styles/followups.css';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { ObserverHint } from '../components/ObserverHint';
import { FOLLOW_UP_STATUS_LABELS } from '../components/labels';

const VIEWS = ['all', 'mine', 'org'] as const;
type View = (typeof VIEWS)[number];
const isView = (v: string | null): v is View => v === 'all' || v === 'mine' || v === 'org';
const isStatus = (v: string | null): v is FollowUpStatus => FOLLOW_UP_STATUSES.some((s) => s === v);

/** `/follow-ups`: what meetings agreed, soonest due first, with “mine”, organisation, status and overdue filters. */
export function FollowUpsPage() {
  const { t } = useTranslation('meetings');
  useDocumentTitle(t('followUps.list.title'));
  const { user, isHost } = useSession();
  const { params: search, setParam } = useUrlFilters();
  const view: View = isView(search.get('view')) ? (search.get('view') as View) : 'all';
  const rawStatus = search.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const overdue = search.get('overdue') === 'true';

  const params: FollowUpListParams = {
    assignee: view === 'mine' ? 'me' : undefined,
    owner: view === 'org' ? 'mine' : undefined,
    status,
    overdue: overdue ? 'true' : undefined,
    limit: 20,
  };
  const { query, items } = usePagedList(queryKeys.followUps(params), (cursor, signal) =>
    listFollowUps({ ...params, cursor }, signal),
  );
  const canCreate = user?.role === 'member' || isHost;
  const viewLabels: Record<View, string> = {
    all: t('followUps.list.views.all'),
    mine: t('followUps.list.views.mine'),
    org: t('followUps.list.views.org'),
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('followUps.list.title')}</h1>
        <p className="lead">{t('followUps.list.lead')}</p>
      </header>
      <FilterForm label={t('followUps.list.filters.label')}>
        <SelectField
          id="fu-view"
          label={t('followUps.list.filters.view')}
          value={view}
          onChange={(e) => setParam('view', e.target.value === 'all' ? '' : e.target.value)}
        >
          {VIEWS.filter((v) => v !== 'org' || user?.organisation).map((v) => (
            <option key={v} value={v}>
              {viewLabels[v]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="fu-status"
          label={t('followUps.list.filters.status')}
          value={status ?? ''}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <EnumOptions
            values={FOLLOW_UP_STATUSES}
            labels={FOLLOW_UP_STATUS_LABELS}
            emptyLabel={t('followUps.list.filters.anyStatus')}
          />
        </SelectField>
        <div className="field followup-filters__check">
          <label className="checkbox" htmlFor="fu-overdue">
            <input
              id="fu-overdue"
              type="checkbox"
              checked={overdue}
              onChange={(e) => setParam('overdue', e.target.checked ? 'true' : '')}
            />
            {t('followUps.list.filters.overdueOnly')}
          </label>
        </div>
      </FilterForm>
      {query.isPending && <Loading label={t('followUps.list.loading')} />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && (
        <EmptyState title={t('followUps.list.empty.title')}>{t('followUps.list.empty.text')}</EmptyState>
      )}
      {items.length > 0 && (
        <ul className="stack" aria-label={t('followUps.list.title')}>
          {items.map((item) => (
            <li key={item.id}>
              <FollowUpCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton query={query} />
      <ObserverHint what={t('followUps.list.observerWhat')} />
      {canCreate && (
        <details className="card disclosure">
          <summary>{t('followUps.list.record')}</summary>
          <NewFollowUpForm />
        </details>
      )}
    </div>
  );
}
