import type { Types } from 'mongoose';
import { ORG_CATEGORIES } from '@shared/roles';
import { STANCES, type PositionsDto, type Stance } from '@shared/schemas/indicator';
import type { IndicatorRecord } from '../../models/Indicator';
import type { PositionStanding } from './indicatorPositions';
import { presentConsultation, presentPosition, type IndicatorRefs } from './indicatorPresenter';

const zeroCounts = () => Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;

/**
 * The positions of a round with their summary: counts by constituency (organisation category),
 * who has not responded, open concerns, quorum, and the viewer's organisation's own position.
 * `refs` names every organisation with a position and every member organisation.
 */
export function presentPositions(
  ind: IndicatorRecord,
  standing: PositionStanding,
  refs: IndicatorRefs,
  viewerOrg: Types.ObjectId | null,
): PositionsDto {
  const items = standing.positions.map((p) => presentPosition(p, refs));
  const byCategory = new Map(ORG_CATEGORIES.map((c) => [c, { ...zeroCounts(), notResponded: 0 }]));
  const totals = zeroCounts();
  for (const p of items) {
    byCategory.get(p.organisation.category)![p.stance] += 1;
    totals[p.stance] += 1;
  }
  for (const m of standing.notResponded) byCategory.get(m.category)!.notResponded += 1;

  const summary: PositionsDto['summary'] = {
    memberOrganisations: standing.members.length,
    responded: standing.responded,
    quorum: standing.quorum,
    totals,
    byConstituency: [...byCategory.entries()]
      .map(([category, counts]) => ({ category, ...counts }))
      .filter((c) => STANCES.some((s) => c[s] > 0) || c.notResponded > 0),
    notResponded: standing.notResponded.map((m) => ({
      id: String(m._id),
      name: m.name,
      slug: m.slug,
      category: m.category,
    })),
    openConcerns: items.filter((p) => p.stance === 'concern'),
    endorsable: standing.endorsable,
  };
  const mine = viewerOrg ? (items.find((p) => p.organisation.id === String(viewerOrg)) ?? null) : null;
  return { consultation: presentConsultation(ind), items, nextCursor: null, summary, mine };
}
