import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import type { AuditEventDto } from '@shared/schemas/audit';
import { DateTime } from '../../components/dates';
import { auditActionText, targetKindText } from './auditLabels';

const detailText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function Target({ event }: { event: AuditEventDto }) {
  const { t } = useTranslation('admin');
  if (!event.targetType) return <>—</>;
  const target = event.target;
  return (
    <>
      <span className="cell-note">{targetKindText(t, event.targetType)}</span>
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
          {t('audit.row.targetGone')}
        </span>
      )}
    </>
  );
}

/** One audit event: when, what, who and from where (with "only this person"), on what, and its details. */
export function AuditRow({ event, onActor }: { event: AuditEventDto; onActor: (email: string) => void }) {
  const { t } = useTranslation('admin');
  const details = Object.entries(event.details);
  return (
    <tr>
      <td data-label={t('audit.columns.time')}>
        <DateTime iso={event.at} />
      </td>
      <td data-label={t('audit.columns.action')} title={event.action}>
        {auditActionText(t, event.action)}
      </td>
      <td data-label={t('audit.columns.who')}>
        {event.actor ? (
          <>
            <Link to={`/admin/users?q=${encodeURIComponent(event.actor.email)}`}>{event.actor.name}</Link>
            <span className="cell-note break-anywhere">{event.actor.email}</span>
            <button
              type="button"
              className="link-button cell-note"
              onClick={() => onActor(event.actor!.email)}
            >
              <Trans
                t={t}
                i18nKey="audit.row.onlyThisPerson"
                values={{ name: event.actor.name }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </button>
          </>
        ) : (
          <span className="muted">{t('audit.row.nobody')}</span>
        )}
        {event.ip && <span className="cell-note">{t('audit.row.fromIp', { ip: event.ip })}</span>}
      </td>
      <td data-label={t('audit.columns.target')}>
        <Target event={event} />
      </td>
      <td data-label={t('audit.columns.details')}>
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
