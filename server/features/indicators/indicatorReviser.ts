import { Types } from 'mongoose';
import type { z } from 'zod';
import { REVISED_FIELDS, type SaveIndicatorSchema } from '@shared/schemas/indicator';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import {
  IndicatorRevision,
  type IndicatorRevisionRecord,
  type RevisionFields,
} from '../../models/IndicatorRevision';
import { ConflictError, ValidationError, isDuplicateKey, message } from '../../errors';
import { KeyedLock } from '../../lib/keyedLock';
import { assertOrganisation, latestRevision, searchFields, type Actor } from './indicators';
import { changedFields } from './indicatorDiff';
import { recordAudit } from '../audit/audit';
import { entityChanged } from '../../events';

type SaveInput = z.infer<typeof SaveIndicatorSchema>;

/** Saves and status changes of one indicator run one at a time in this process. */
export const indicatorLock = new KeyedLock();

const EDITABLE = new Set(['proposed', 'drafting', 'consultation']);

/**
 * A save based on an older revision than the latest: nothing was written. The revision command
 * answers it with a 409 carrying the latest revision as the client shows it (RevisionConflictError).
 */
export class StaleRevisionError extends Error {
  constructor(
    readonly latest: IndicatorRevisionRecord,
    readonly base: number,
  ) {
    super('The save was based on an older revision than the latest');
  }
}

/**
 * Appends a revision: the latest snapshot with the given fields changed. The save must name the
 * latest revision as its base, otherwise nothing is written and a StaleRevisionError carries the
 * latest revision. The per-indicator lock orders saves in this process; the unique
 * (indicatorId, number) index refuses a second process that raced to the same number.
 */
export function saveRevision(ind: IndicatorRecord, input: SaveInput, actor: Actor) {
  return indicatorLock.run(String(ind._id), async () => {
    const current = await Indicator.findById(ind._id, { status: 1, translations: 1 }).lean<IndicatorRecord>();
    const status = current?.status ?? ind.status;
    if (!EDITABLE.has(status))
      throw new ConflictError(
        status === 'retired'
          ? 'A retired indicator is not edited; a host can move it back to drafting first'
          : 'A endorsed indicator is not edited; a host can move it back to drafting first',
        'not_editable',
      );
    const latest = await latestRevision(ind._id);
    if (input.baseRevision !== latest.number) {
      if (input.baseRevision > latest.number)
        throw new ValidationError(
          message('baseRevision: There is no revision {{revision}} yet', { revision: input.baseRevision }),
          {
            baseRevision: 'No such revision',
          },
        );
      throw new StaleRevisionError(latest, input.baseRevision);
    }
    if (input.custodianId !== undefined) await assertOrganisation(input.custodianId);

    const fields: RevisionFields = { ...latest.fields };
    for (const f of REVISED_FIELDS) {
      const v = input[f];
      if (v === undefined) continue;
      if (f === 'custodianId') fields.custodianId = v ? new Types.ObjectId(v) : null;
      else (fields as Record<string, unknown>)[f] = v;
    }
    const changed = changedFields(latest.fields, fields);
    if (changed.length === 0)
      throw new ValidationError('Nothing changed: edit a field before saving', { _: 'Nothing changed' });

    const number = latest.number + 1;
    let revision;
    try {
      revision = await IndicatorRevision.create({
        indicatorId: ind._id,
        number,
        fields,
        authorId: actor._id,
        note: input.note ?? '',
        baseRevision: input.baseRevision,
        changedFields: changed,
      });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Another process saved this number first: the caller's base is stale after all.
      throw new StaleRevisionError(await latestRevision(ind._id), input.baseRevision);
    }
    await Indicator.updateOne(
      { _id: ind._id, currentRevision: { $lt: number } },
      {
        $set: {
          currentRevision: number,
          title: fields.title,
          tier: fields.tier,
          custodianId: fields.custodianId,
          lastRevisedAt: revision.createdAt,
          lastRevisedBy: actor._id,
          // Translations are saved under this lock too, so these are the current ones.
          ...searchFields(ind.code, fields, current?.translations ?? ind.translations ?? []),
        },
      },
    );
    await recordAudit({
      actorId: actor._id,
      action: 'indicator.revised',
      targetType: 'indicator',
      targetId: ind._id,
      ip: actor.ip,
      details: { code: ind.code, revision: number, fields: changed },
    });
    entityChanged('indicator', ind.code, ind.visibility);
    return revision.toObject() as IndicatorRevisionRecord;
  });
}
