import { useTranslation } from 'react-i18next';
import type { TransitionDto } from '@shared/schemas/indicator';
import { DateTime } from '../../components/dates';
import { INDICATOR_STATUS_LABELS } from '../../components/labels';

/** Every status change, oldest first: who, when, why (and the revision a consultation opened on). */
export function Timeline({ transitions }: { transitions: TransitionDto[] }) {
  const { t } = useTranslation('indicators');
  return (
    <ol className="timeline" data-testid="timeline">
      {transitions.map((step, i) => (
        <li key={i} className="timeline__item">
          <p className="timeline__head">
            <strong>{INDICATOR_STATUS_LABELS[step.to]}</strong>
            {step.override && <span className="badge badge--danger">{t('timeline.override')}</span>}
            {step.revision !== null && step.to === 'consultation' && (
              <span className="muted"> {t('timeline.onRevision', { revision: step.revision })}</span>
            )}
          </p>
          <p className="timeline__meta muted">
            <DateTime iso={step.at} />
            {step.by && (
              <>
                {' · '}
                <bdi>{step.by.name}</bdi>
              </>
            )}
          </p>
          {step.reason && (
            <p className="timeline__reason" dir="auto">
              {step.reason}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
