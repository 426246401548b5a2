import type { IndicatorStatus } from '@shared/schemas/indicator';
import { INDICATOR_STATUS_LABELS } from '../../components/labels';

const TONE: Record<IndicatorStatus, string> = {
  proposed: 'badge--muted',
  drafting: 'badge--muted',
  consultation: 'badge--warning',
  endorsed: 'badge--success',
  retired: 'badge--muted',
};

/** The lifecycle status of an indicator as a badge (text, not colour alone, carries the meaning). */
export function StatusBadge({ status }: { status: IndicatorStatus }) {
  return (
    <span className={`badge ${TONE[status]} status-badge status-badge--${status}`} data-testid="status-badge">
      {INDICATOR_STATUS_LABELS[status]}
    </span>
  );
}
