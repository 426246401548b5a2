import type { Types } from 'mongoose';
import type { IndicatorStatus } from '@shared/schemas/indicator';
import { Indicator, type TransitionRecord } from '../models/Indicator';
import { IndicatorRevision } from '../models/IndicatorRevision';
import { Position } from '../models/Position';
import { User } from '../models/User';
import { emptyTextFields, searchFields } from '../features/indicators/indicators';
import { changedFields } from '../features/indicators/indicatorDiff';
import { isDuplicateKey } from '../errors';
import { SEED_INDICATORS, SEED_POSITIONS, type SeedIndicator } from './data/indicators';

const DAY = 24 * 3600_000;
const PATH: IndicatorStatus[] = ['proposed', 'drafting', 'consultation', 'endorsed'];
const REASONS: Partial<Record<IndicatorStatus, string>> = {
  drafting: 'Agreed at the session to develop this further online',
  consultation: 'Draft ready for member organisations to respond',
};

/**
 * Loads the demo indicator drafts with their revisions, timeline and (for the one in consultation)
 * a few positions. Idempotent: an indicator whose code exists is left alone, and the unique
 * indexes settle two processes seeding at once.
 */
export async function seedDemoIndicators(orgIds: Map<string, Types.ObjectId>): Promise<number> {
  const emails = SEED_INDICATORS.flatMap((s) => [s.author, ...s.revisions.map((r) => r.author ?? s.author)]);
  const wanted = [...new Set([...emails, ...SEED_POSITIONS.map((p) => p.by)])];
  const users = await User.find({ email: { $in: wanted } }, { email: 1 }).lean();
  const userId = new Map(users.map((u) => [u.email, u._id]));
  const host = userId.get('host@example.org') ?? null;
  let created = 0;
  for (const seed of SEED_INDICATORS) {
    if (await Indicator.exists({ code: seed.code })) continue;
    try {
      await seedOne(seed, orgIds, userId, host);
      created += 1;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return created;
}

async function seedOne(
  seed: SeedIndicator,
  orgIds: Map<string, Types.ObjectId>,
  userId: Map<string, Types.ObjectId>,
  host: Types.ObjectId | null,
) {
  const custodianId = orgIds.get(seed.custodian) ?? null;
  const author = userId.get(seed.author) ?? null;
  // Revisions a few days apart, ending yesterday, so the history reads like real work.
  const start = Date.now() - (seed.revisions.length + 3) * DAY;
  const snapshots = seed.revisions.map((r) => ({ ...emptyTextFields(), ...r.fields, custodianId }));
  const last = snapshots[snapshots.length - 1]!;
  const steps = PATH.slice(0, PATH.indexOf(seed.status) + 1);
  const transitions: TransitionRecord[] = steps.map((to, i) => ({
    from: i === 0 ? null : steps[i - 1]!,
    to,
    by: i === 0 ? author : host,
    at: new Date(start + i * DAY + (to === 'consultation' ? (seed.revisions.length + 1) * DAY : 0)),
    reason: i === 0 ? seed.revisions[0]!.note : (REASONS[to] ?? ''),
    revision: to === 'consultation' ? snapshots.length : i === 0 ? 1 : null,
    override: false,
  }));
  const opened = transitions.find((t) => t.to === 'consultation');
  const ind = await Indicator.create({
    code: seed.code,
    title: last.title,
    tier: last.tier,
    custodianId,
    status: seed.status,
    visibility: seed.visibility,
    language: 'en',
    ...searchFields(seed.code, last),
    currentRevision: snapshots.length,
    lastRevisedAt: new Date(start + snapshots.length * DAY),
    lastRevisedBy: userId.get(seed.revisions.at(-1)!.author ?? seed.author) ?? author,
    consultation: opened
      ? {
          round: 1,
          revision: snapshots.length,
          opensAt: opened.at,
          closesAt: new Date(Date.now() + 30 * DAY),
          openedBy: host,
        }
      : null,
    transitions,
    createdBy: author,
    createdAt: new Date(start),
  });
  await IndicatorRevision.insertMany(
    snapshots.map((fields, i) => ({
      indicatorId: ind._id,
      number: i + 1,
      fields,
      authorId: userId.get(seed.revisions[i]!.author ?? seed.author) ?? author,
      note: seed.revisions[i]!.note,
      baseRevision: i === 0 ? null : i,
      changedFields: i === 0 ? [] : changedFields(snapshots[i - 1]!, fields),
      createdAt: new Date(start + (i + 1) * DAY),
    })),
  );
  if (opened) {
    await Position.insertMany(
      SEED_POSITIONS.filter((p) => orgIds.has(p.organisation)).map((p) => ({
        indicatorId: ind._id,
        round: 1,
        revision: snapshots.length,
        organisationId: orgIds.get(p.organisation),
        stance: p.stance,
        comment: p.comment,
        recordedBy: userId.get(p.by) ?? null,
      })),
    );
  }
}
