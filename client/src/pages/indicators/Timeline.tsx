import { INDICATOR_STATUS_LABELS, type TransitionDto } from '@shared/schemas/indicator';
import { DateTime } from '../../components/dates';

/** Every status change, oldest first: who, when, why (and the revision a consultation opened on). */
export function Timeline({ transitions }: { transitions: TransitionDto[] }) {
  return (
    <ol className="timeline" data-testid="timeline">
      {transitions.map((t, i) => (
        <li key={i} className="timeline__item">
          <p className="timeline__head">
            <strong>{INDICATOR_STATUS_LABELS[t.to]}</strong>
            {t.override && <span className="badge badge--danger">Host override</span>}
            {t.revision !== null && t.to === 'consultation' && (
              <span className="muted"> on revision {t.revision}</span>
            )}
          </p>
          <p className="timeline__meta muted">
            <DateTime iso={t.at} />
            {t.by && ` · ${t.by.name}`}
          </p>
          {t.reason && <p className="timeline__reason">{t.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
