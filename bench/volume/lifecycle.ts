import type { IndicatorStatus } from '@shared/schemas/indicator';
import { DAY_MS } from './random';
import { VOLUME, type World } from './world';

export interface Step {
  kind: 'revision' | 'drafting' | 'consultation' | 'back' | 'endorsed' | 'retired';
  at: Date;
  /** Consultations: when it closes (30 days after opening). */
  closesAt?: Date;
  /** The consultation an endorsement follows (no open concerns in it); its number of responses. */
  beforeEndorsement?: boolean;
  responses?: number;
}

const CONSULTATION_MS = 30 * DAY_MS;

/** The order of events that leads to an indicator's status (the app's allowed transitions). */
function stepKinds(w: World, status: IndicatorStatus): Step['kind'][] {
  const revisions = (n: number): Step['kind'][] => Array.from({ length: n }, () => 'revision');
  const r = VOLUME.revisionsPerIndicator;
  const drafted: Step['kind'][] = ['revision', 'drafting', ...revisions(r - 1)];
  const endorsed: Step['kind'][] = w.rng.chance(0.3)
    ? [
        'revision',
        'drafting',
        ...revisions(r - 4),
        'consultation',
        'back',
        ...revisions(3),
        'consultation',
        'endorsed',
      ]
    : [...drafted, 'consultation', 'endorsed'];
  switch (status) {
    case 'proposed':
      return revisions(r);
    case 'drafting':
      return drafted;
    case 'consultation':
      return [...drafted, 'consultation'];
    case 'endorsed':
      return endorsed;
    case 'retired':
      return w.rng.chance(0.5) ? [...drafted, 'retired'] : [...endorsed, 'retired'];
  }
}

/**
 * When each step happens: spread over the five years, every step after the previous one, all in
 * the past except the closing dates of consultations open today (half of those in consultation).
 */
export function planLifecycle(w: World, status: IndicatorStatus): { createdAt: Date; steps: Step[] } {
  const { rng } = w;
  const kinds = stepKinds(w, status);
  // A current consultation opens at a fixed time: recently (still open) or a while ago (awaiting a decision).
  const lastOpens =
    status === 'consultation'
      ? w.end.getTime() - (rng.chance(0.5) ? rng.int(1, 25) : rng.int(35, 150)) * DAY_MS
      : null;
  const limit = (lastOpens ?? w.end.getTime()) - DAY_MS;
  const timedConsultations = kinds.filter((k) => k === 'consultation').length - (lastOpens ? 1 : 0);
  const units = kinds.length - (lastOpens ? 1 : 0);
  const fixed = timedConsultations * CONSULTATION_MS;
  const latestStart = limit - fixed - units * 3 * DAY_MS;
  const createdAt = rng.between(w.start, Math.max(w.start.getTime(), latestStart));
  const unit = Math.max(DAY_MS, (limit - createdAt.getTime() - fixed) / units);

  let clock = createdAt.getTime();
  const steps: Step[] = kinds.map((kind, i) => {
    if (i === 0) return { kind, at: createdAt };
    if (kind === 'consultation' && lastOpens && i === kinds.length - 1) {
      return { kind, at: new Date(lastOpens), closesAt: new Date(lastOpens + CONSULTATION_MS) };
    }
    clock += unit * (0.4 + 0.6 * rng.next());
    const at = new Date(Math.min(clock, limit));
    if (kind !== 'consultation') return { kind, at };
    clock += CONSULTATION_MS;
    return {
      kind,
      at,
      closesAt: new Date(at.getTime() + CONSULTATION_MS),
      beforeEndorsement: kinds[i + 1] === 'endorsed',
    };
  });
  return { createdAt, steps };
}
