import { useState } from 'react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEventDto } from '@shared/schemas/audit';
import { listAuditEvents } from '../../api/audit';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { SelectField, TextField } from '../../components/FormField';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../../components/QueryStatus';
import { DateTime } from '../../components/dates';
import { AUDIT_ACTIONS, auditActionLabel } from '@shared/auditActions';

const PAGE_SIZE = 50;
const OBJECT_ID = /^[a-f0-9]{24}$/i;

/** A yyyy-mm-dd date input as the start or the end of that day in the reader's time zone. */
const dayBound = (day: string, end: boolean) =>
  day ? new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString() : undefined;

const detailText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function AuditRow({ event, onActor }: { event: AuditEventDto; onActor: (id: string) => void }) {
  const details = Object.entries(event.details);
  return (
    <tr>
      <td data-label="Time">
        <DateTime iso={event.at} />
      </td>
      <td data-label="Action">
        {auditActionLabel(event.action)}
        <code className="cell-note">{event.action}</code>
      </td>
      <td data-label="Actor">
        {event.actor ? (
          <>
            {event.actor.name}
            <span className="cell-note break-anywhere">{event.actor.email}</span>
            <button type="button" className="link-button cell-note" onClick={() => onActor(event.actor!.id)}>
              Only this actor<span className="visually-hidden">: {event.actor.name}</span>
            </button>
          </>
        ) : (
          <span className="muted">Nobody signed in</span>
        )}
      </td>
      <td data-label="Target">
        {event.targetType ? (
          <>
            {event.targetType}
            <code className="cell-note break-id">{event.targetId}</code>
          </>
        ) : (
          '—'
        )}
      </td>
      <td data-label="IP address">
        <code className="break-id">{event.ip ?? '—'}</code>
      </td>
      <td data-label="Details">
        {details.length === 0 ? (
          '—'
        ) : (
          <dl className="audit-details">
            {details.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd className="break-anywhere">{detailText(value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </td>
    </tr>
  );
}

/** `/admin/audit`: the append-only audit log, newest first, with filters. */
export function AuditLogPage() {
  useDocumentTitle('Audit log · Admin');
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const debouncedActor = useDebouncedValue(actor.trim(), 400);
  const actorError =
    debouncedActor && !OBJECT_ID.test(debouncedActor)
      ? 'A user id has 24 characters, 0–9 and a–f'
      : undefined;
  const rangeError = from && to && from > to ? 'The end date is before the start date' : undefined;

  const params = {
    action: action || undefined,
    actor: debouncedActor && !actorError ? debouncedActor : undefined,
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
  const clear = () => {
    setAction('');
    setActor('');
    setFrom('');
    setTo('');
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>Audit log</h1>
        <p className="lead">
          Sign-ins and every administrative change, newest first. Entries cannot be edited or removed.
        </p>
      </header>
      <form
        className="filters filters--auto"
        role="search"
        aria-label="Filter the audit log"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id="audit-action"
          label="Action"
          value={action}
          onChange={(e) => setAction(e.target.value)}
        >
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {auditActionLabel(a)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="audit-actor"
          label="Actor (user id)"
          value={actor}
          maxLength={24}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setActor(e.target.value)}
          error={actorError}
        />
        <TextField
          id="audit-from"
          label="From"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          id="audit-to"
          label="To"
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={rangeError}
        />
        {filtered && (
          <button type="button" className="button button--secondary filters__clear" onClick={clear}>
            Clear filters
          </button>
        )}
      </form>
      {query.isPending && !rangeError && <Loading label="Loading the audit log…" />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && events.length === 0 && (
        <EmptyState title={filtered ? 'No entries match' : 'The audit log is empty'}>
          {filtered
            ? 'Try other filters or a wider date range.'
            : 'Entries appear as people sign in and hosts make changes.'}
        </EmptyState>
      )}
      {events.length > 0 && (
        <div className="table-scroll">
          <table className="data-table data-table--dense" aria-busy={query.isPlaceholderData || undefined}>
            <caption className="visually-hidden">Audit log entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Action</th>
                <th scope="col">Actor</th>
                <th scope="col">Target</th>
                <th scope="col">IP address</th>
                <th scope="col">Details</th>
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
