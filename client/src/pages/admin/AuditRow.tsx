import { Link } from 'react-router';
import type { AuditEventDto } from '@shared/schemas/audit';
import { auditActionLabel } from '@shared/auditActions';
import { DateTime } from '../../components/dates';

const detailText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** "document" → "Document": the kind of item an event is about, as a word. */
const kindLabel = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);

function Target({ event }: { event: AuditEventDto }) {
  if (!event.targetType) return <>—</>;
  const target = event.target;
  return (
    <>
      <span className="cell-note">{kindLabel(event.targetType)}</span>
      {target?.name ? (
        target.link ? (
          <Link to={target.link} className="break-anywhere">
            {target.name}
          </Link>
        ) : (
          <span className="break-anywhere">{target.name}</span>
        )
      ) : (
        <span className="muted" title={event.targetId ?? undefined}>
          No longer exists
        </span>
      )}
    </>
  );
}

/** One audit event: when, what, who and from where (with "only this person"), on what, and its details. */
export function AuditRow({ event, onActor }: { event: AuditEventDto; onActor: (email: string) => void }) {
  const details = Object.entries(event.details);
  return (
    <tr>
      <td data-label="Time">
        <DateTime iso={event.at} />
      </td>
      <td data-label="Action" title={event.action}>
        {auditActionLabel(event.action)}
      </td>
      <td data-label="Who">
        {event.actor ? (
          <>
            <Link to={`/admin/users?q=${encodeURIComponent(event.actor.email)}`}>{event.actor.name}</Link>
            <span className="cell-note break-anywhere">{event.actor.email}</span>
            <button
              type="button"
              className="link-button cell-note"
              onClick={() => onActor(event.actor!.email)}
            >
              Only this person<span className="visually-hidden">: {event.actor.name}</span>
            </button>
          </>
        ) : (
          <span className="muted">Nobody signed in</span>
        )}
        {event.ip && <span className="cell-note">from {event.ip}</span>}
      </td>
      <td data-label="Target">
        <Target event={event} />
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
