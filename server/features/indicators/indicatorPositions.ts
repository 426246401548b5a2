import type { Types } from 'mongoose';
import type { z } from 'zod';
import type { OrgCategory } from '@shared/roles';
import type { PositionInputSchema } from '@shared/schemas/indicator';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { indicatorLock } from './indicatorReviser';
import { Organisation } from '../../models/Organisation';
import { Position, type PositionRecord } from '../../models/Position';
import { ConflictError, isDuplicateKey } from '../../errors';
import type { Actor } from './indicators';
import { recordAudit } from '../audit/audit';
import { entityChanged } from '../../events';

/** A member organisation, as the standing of a round names it. */
interface MemberOrganisation {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  category: OrgCategory;
}

/** Where a consultation round stands: who responded how, and whether endorsement is allowed. */
export interface PositionStanding {
  /** The round's positions, oldest first. */
  positions: PositionRecord[];
  /** Member organisations, by name. */
  members: MemberOrganisation[];
  /** Member organisations without a position in the round. */
  notResponded: MemberOrganisation[];
  /** Organisations with a position (those that left since they responded still count). */
  responded: number;
  quorum: { fraction: number; required: number; met: boolean };
  /** Positions of concern: each one blocks endorsement without a host override. */
  openConcerns: PositionRecord[];
  endorsable: boolean;
}

/** The positions of the latest consultation round, oldest first. */
async function roundPositions(ind: IndicatorRecord): Promise<PositionRecord[]> {
  if (!ind.consultation) return [];
  return Position.find({ indicatorId: ind._id, round: ind.consultation.round })
    .sort({ createdAt: 1, _id: 1 })
    .lean<PositionRecord[]>();
}

/**
 * Who has responded, who has not, open concerns, and whether endorsement is allowed: no open
 * concern and at least `quorum` of member organisations responded (rounded up). Organisations that
 * left since they responded still count as responses.
 */
export async function positionStanding(ind: IndicatorRecord, quorum: number): Promise<PositionStanding> {
  const [positions, members] = await Promise.all([
    roundPositions(ind),
    Organisation.find({ membership: 'member' }, { name: 1, slug: 1, category: 1 })
      .sort({ name: 1 })
      .lean<MemberOrganisation[]>(),
  ]);
  const respondedIds = new Set(positions.map((p) => String(p.organisationId)));
  const required = Math.max(1, Math.ceil(quorum * members.length));
  const openConcerns = positions.filter((p) => p.stance === 'concern');
  return {
    positions,
    members,
    notResponded: members.filter((m) => !respondedIds.has(String(m._id))),
    responded: respondedIds.size,
    quorum: { fraction: quorum, required, met: respondedIds.size >= required },
    openConcerns,
    endorsable: openConcerns.length === 0 && respondedIds.size >= required,
  };
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
