import type { Types } from 'mongoose';
import type { z } from 'zod';
import { ORG_CATEGORIES } from '@shared/roles';
import { STANCES, type PositionInputSchema, type PositionsDto, type Stance } from '@shared/schemas/indicator';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { indicatorLock } from './indicatorReviser';
import { Organisation } from '../../models/Organisation';
import { Position, type PositionRecord } from '../../models/Position';
import { ConflictError, isDuplicateKey } from '../../errors';
import { presentConsultation, presentPosition } from './indicatorPresenter';
import { indicatorRefs, type Actor } from './indicators';
import { recordAudit } from '../audit/audit';
import { entityChanged } from '../../events';

type Summary = PositionsDto['summary'];
const zeroCounts = () => Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;

/** The positions of the latest consultation round, oldest first. */
async function roundPositions(ind: IndicatorRecord): Promise<PositionRecord[]> {
  if (!ind.consultation) return [];
  return Position.find({ indicatorId: ind._id, round: ind.consultation.round })
    .sort({ createdAt: 1, _id: 1 })
    .lean<PositionRecord[]>();
}

/**
 * Counts by constituency (organisation category), who has not responded, open concerns, and
 * whether endorsement is allowed: no open concern and at least `quorum` of member organisations
 * responded (rounded up). Organisations that left since they responded still count as responses.
 */
export async function positionsView(
  ind: IndicatorRecord,
  quorum: number,
  viewerOrg: Types.ObjectId | null,
): Promise<Omit<PositionsDto, 'consultation'> & { consultation: PositionsDto['consultation'] }> {
  const [positions, members] = await Promise.all([
    roundPositions(ind),
    Organisation.find({ membership: 'member' }, { name: 1, slug: 1, category: 1 }).sort({ name: 1 }).lean(),
  ]);
  // Member organisations are read above already; only the others' names are looked up.
  const memberIds = new Set(members.map((m) => String(m._id)));
  const refs = await indicatorRefs(
    positions.map((p) => p.recordedBy),
    positions.map((p) => p.organisationId).filter((id) => !memberIds.has(String(id))),
  );
  for (const m of members)
    refs.organisations.set(String(m._id), { name: m.name, slug: m.slug, category: m.category });
  const items = positions.map((p) => presentPosition(p, refs));
  const responded = new Set(positions.map((p) => String(p.organisationId)));
  const notResponded = members.filter((m) => !responded.has(String(m._id)));

  const byCategory = new Map(ORG_CATEGORIES.map((c) => [c, { ...zeroCounts(), notResponded: 0 }]));
  const totals = zeroCounts();
  for (const p of items) {
    byCategory.get(p.organisation.category)![p.stance] += 1;
    totals[p.stance] += 1;
  }
  for (const m of notResponded) byCategory.get(m.category)!.notResponded += 1;

  const required = Math.max(1, Math.ceil(quorum * members.length));
  const openConcerns = items.filter((p) => p.stance === 'concern');
  const summary: Summary = {
    memberOrganisations: members.length,
    responded: responded.size,
    quorum: { fraction: quorum, required, met: responded.size >= required },
    totals,
    byConstituency: [...byCategory.entries()]
      .map(([category, counts]) => ({ category, ...counts }))
      .filter((c) => STANCES.some((s) => c[s] > 0) || c.notResponded > 0),
    notResponded: notResponded.map((m) => ({
      id: String(m._id),
      name: m.name,
      slug: m.slug,
      category: m.category,
    })),
    openConcerns,
    endorsable: openConcerns.length === 0 && responded.size >= required,
  };
  const mine = viewerOrg ? (items.find((p) => p.organisation.id === String(viewerOrg)) ?? null) : null;
  return { consultation: presentConsultation(ind), items, nextCursor: null, summary, mine };
}

export async function positionsSummary(ind: IndicatorRecord, quorum: number): Promise<Summary> {
  return (await positionsView(ind, quorum, null)).summary;
}

/**
 * Records or changes the caller's organisation's position in the open consultation: one row per
 * (indicator, round, organisation), kept by the unique index, so a change replaces the old stance.
 */
export async function recordPosition(
  loaded: IndicatorRecord,
  organisationId: Types.ObjectId,
  input: z.infer<typeof PositionInputSchema>,
  actor: Actor,
): Promise<void> {
  // Under the indicator's lock, on a fresh read: a consultation being closed (changeStatus holds
  // the same lock) is either still open here, or already closed.
  await indicatorLock.run(String(loaded._id), async () => {
    const ind = await Indicator.findById(loaded._id).lean<IndicatorRecord>();
    if (!ind) throw new ConflictError('The indicator is gone');
    await storePosition(ind, organisationId, input, actor);
  });
}

async function storePosition(
  ind: IndicatorRecord,
  organisationId: Types.ObjectId,
  input: z.infer<typeof PositionInputSchema>,
  actor: Actor,
): Promise<void> {
  const c = ind.consultation;
  if (ind.status !== 'consultation' || !c)
    throw new ConflictError('This indicator is not in consultation', 'consultation_closed');
  if (c.closesAt <= new Date())
    throw new ConflictError(
      'The consultation has closed; positions can no longer change',
      'consultation_closed',
    );
  const key = { indicatorId: ind._id, round: c.round, organisationId };
  const update = {
    $set: { stance: input.stance, comment: input.comment, recordedBy: actor._id, revision: c.revision },
  };
  try {
    await Position.updateOne(key, update, { upsert: true });
  } catch (err) {
    // Two first positions raced: the unique index kept one; this one becomes a change to it.
    if (!isDuplicateKey(err)) throw err;
    await Position.updateOne(key, update);
  }
  await recordAudit({
    actorId: actor._id,
    action: 'indicator.position-recorded',
    targetType: 'indicator',
    targetId: ind._id,
    ip: actor.ip,
    details: { code: ind.code, round: c.round, organisationId: String(organisationId), stance: input.stance },
  });
  entityChanged('indicator', ind.code, ind.visibility);
}
