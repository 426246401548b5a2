import { ACTION_STATUSES, type ActionStatus } from '@shared/schemas/action';
import { listActions, type ActionListParams } from '../api/actions';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePagedList } from '../hooks/usePagedList';
import { useSession } from '../hooks/useSession';
import { EnumOptions } from '../components/EnumOptions';
import { FilterForm } from '../components/FilterForm';
import { SelectField } from '../components/FormField';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { FollowUpCard } from './followups/FollowUpCard';
import { NewFollowUpForm } from './followups/NewFollowUpForm';
import { ACTION_STATUS_LABELS } from './followups/labels';
import '../styles/followups.css';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { ObserverHint } from '../components/ObserverHint';

const VIEWS = { all: 'All follow-ups', mine: 'Assigned to me', org: 'My organisation’s' } as const;
type View = keyof typeof VIEWS;
const isView = (v: string | null): v is View => v === 'all' || v === 'mine' || v === 'org';
const isStatus = (v: string | null): v is ActionStatus => ACTION_STATUSES.some((s) => s === v);

/** `/follow-ups`: what meetings agreed, soonest due first, with “mine”, organisation, status and overdue filters. */
export function FollowUpsPage() {
  useDocumentTitle('Follow-ups');
  const { user, isHost } = useSession();
  const { params: search, setParam } = useUrlFilters();
  const view: View = isView(search.get('view')) ? (search.get('view') as View) : 'all';
  const rawStatus = search.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const overdue = search.get('overdue') === 'true';

  const params: ActionListParams = {
    assignee: view === 'mine' ? 'me' : undefined,
    owner: view === 'org' ? 'mine' : undefined,
    status,
    overdue: overdue ? 'true' : undefined,
    limit: 20,
  };
  const { query, items } = usePagedList(queryKeys.actions(params), (cursor, signal) =>
    listActions({ ...params, cursor }, signal),
  );
  const canCreate = user?.role === 'member' || isHost;

  return (
    <div className="page">
      <header className="page-header">
        <h1>Follow-ups</h1>
        <p className="lead">
          What the coalition agreed to do after its meetings, who owns it and when it is due.
        </p>
      </header>
      <FilterForm label="Filter follow-ups">
        <SelectField
          id="fu-view"
          label="Show"
          value={view}
          onChange={(e) => setParam('view', e.target.value === 'all' ? '' : e.target.value)}
        >
          {(Object.keys(VIEWS) as View[])
            .filter((v) => v !== 'org' || user?.organisation)
            .map((v) => (
              <option key={v} value={v}>
                {VIEWS[v]}
              </option>
            ))}
        </SelectField>
        <SelectField
          id="fu-status"
          label="Status"
          value={status ?? ''}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <EnumOptions values={ACTION_STATUSES} labels={ACTION_STATUS_LABELS} emptyLabel="Any status" />
        </SelectField>
        <div className="field followup-filters__check">
          <label className="checkbox" htmlFor="fu-overdue">
            <input
              id="fu-overdue"
              type="checkbox"
              checked={overdue}
              onChange={(e) => setParam('overdue', e.target.checked ? 'true' : '')}
            />
            Overdue only
          </label>
        </div>
      </FilterForm>
      {query.isPending && <Loading label="Loading follow-ups…" />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && (
        <EmptyState title="No follow-ups match">Try another view or clear the filters.</EmptyState>
      )}
      {items.length > 0 && (
        <ul className="stack" aria-label="Follow-ups">
          {items.map((item) => (
            <li key={item.id}>
              <FollowUpCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton query={query} />
      <ObserverHint what="record follow-ups" />
      {canCreate && (
        <details className="card disclosure">
          <summary>Record a follow-up</summary>
          <NewFollowUpForm />
        </details>
      )}
    </div>
  );
}
