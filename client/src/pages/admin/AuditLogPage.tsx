import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listAuditEvents } from '../../api/audit';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { SelectField, TextField } from '../../components/FormField';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../../components/QueryStatus';
import { AUDIT_ACTIONS, type AuditAction } from '@shared/auditActions';
import { AuditRow } from './AuditRow';
import { auditActionText } from './auditLabels';

const PAGE_SIZE = 50;

/** The filters, kept in the address (`?action=…&actor=…&from=…&to=…`) so a view can be shared and reloaded. */
type Filter = 'action' | 'actor' | 'from' | 'to';

const isAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** A yyyy-mm-dd date input as the start or the end of that day in the reader's time zone. */
const dayBound = (day: string, end: boolean) =>
  day ? new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString() : undefined;

/** `/admin/audit`: the append-only audit log, newest first, with filters. */
export function AuditLogPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('titles.audit'));
  const { params: search, setParams, setParam } = useUrlFilters<Filter>();
  // What the address holds, read back on load; a value this page cannot use counts as none.
  const get = (name: Filter) => search.get(name) ?? '';
  const action = isAction(get('action')) ? get('action') : '';
  const actor = get('actor');
  const from = isDay(get('from')) ? get('from') : '';
  const to = isDay(get('to')) ? get('to') : '';
  const setAction = (value: string) => setParam('action', value);
  const setActor = (value: string) => setParam('actor', value);
  const setFrom = (value: string) => setParam('from', value);
  const setTo = (value: string) => setParam('to', value);
  const debouncedActor = useDebouncedValue(actor.trim(), 400);
  const rangeError = from && to && from > to ? t('audit.filters.rangeError') : undefined;

  const params = {
    action: action || undefined,
    actorName: debouncedActor || undefined,
    from: dayBound(from, false),
    to: dayBound(to, true),
    limit: PAGE_SIZE,
  };
  const query = useInfiniteQuery({
    queryKey: queryKeys.audit(params),
    queryFn: ({ pageParam, signal }) => listAuditEvents({ ...params, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled: !rangeError,
  });
  const events = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(action || actor || from || to);
  const clear = () =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const name of ['action', 'actor', 'from', 'to'] as const) next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('nav.audit')}</h1>
        <p className="lead">{t('audit.lead')}</p>
      </header>
      <form
        className="filters filters--auto"
        role="search"
        aria-label={t('audit.filters.label')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id="audit-action"
          label={t('audit.filters.action')}
          value={action}
          onChange={(e) => setAction(e.target.value)}
        >
          <option value="">{t('audit.filters.allActions')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {auditActionText(t, a)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="audit-actor"
          label={t('audit.filters.actor')}
          type="search"
          value={actor}
          maxLength={100}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setActor(e.target.value)}
        />
        <TextField
          id="audit-from"
          label={t('audit.filters.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          id="audit-to"
          label={t('audit.filters.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={rangeError}
        />
        {filtered && (
          <button type="button" className="button button--secondary filters__clear" onClick={clear}>
            {t('clearFilters')}
          </button>
        )}
      </form>
      {query.isPending && !rangeError && <Loading label={t('audit.loading')} />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && events.length === 0 && (
        <EmptyState title={filtered ? t('audit.emptyFiltered') : t('audit.empty')}>
          {filtered ? t('audit.emptyFilteredText') : t('audit.emptyText')}
        </EmptyState>
      )}
      {events.length > 0 && (
        <div className="table-scroll">
          <table
            className="data-table data-table--dense audit-table"
            aria-busy={query.isPlaceholderData || undefined}
          >
            <caption className="visually-hidden">{t('audit.caption')}</caption>
            <colgroup>
              <col className="audit-table__time" />
              <col className="audit-table__action" />
              <col className="audit-table__actor" />
              <col className="audit-table__target" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('audit.columns.time')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
                <th scope="col">{t('audit.columns.who')}</th>
                <th scope="col">{t('audit.columns.target')}</th>
                <th scope="col">{t('audit.columns.details')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <AuditRow key={event.id} event={event} onActor={setActor} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMoreButton query={query} />
    </div>
  );
}
