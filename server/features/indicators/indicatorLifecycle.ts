import type { z } from 'zod';
import type { TransitionSchema } from '@shared/schemas/indicator';
import { Indicator, type IndicatorRecord, type TransitionRecord } from '../../models/Indicator';
import { ConflictError, ValidationError, message } from '../../errors';
import { authorize, type Viewer } from '../../policies/index';
import {
  canEditIndicator,
  canOverrideEndorsement,
  canTransition,
  TRANSITIONS,
} from '../../policies/indicator';
import { indicatorLock } from './indicatorReviser';
import { latestRevision, loadRevision, type Actor } from './indicators';
import { positionStanding } from './indicatorPositions';
import { EndorsementBlockedError } from './conflicts';
import { undisposedComments } from '../consultation/compilation';
import { recordAudit } from '../audit/audit';
import { entityChanged } from '../../events';

type Input = z.infer<typeof TransitionSchema>;

/**
 * Moves an indicator along proposed → drafting → consultation → endorsed (or back from
 * consultation to drafting, or to retired), recording who, when and why. Opening a consultation
 * freezes the revision organisations respond to; endorsing checks concerns and quorum unless a
 * host overrides with a reason. Runs under the indicator's lock, like saves.
 */
export function changeStatus(
  indicator: IndicatorRecord,
  input: Input,
  viewer: Viewer & {},
  actor: Actor,
  quorum: number,
): Promise<IndicatorRecord> {
  const code = indicator.code;
  // Observers and visitors are refused before the state of the indicator is looked at.
  authorize(canEditIndicator(viewer, indicator), viewer);
  return indicatorLock.run(String(indicator._id), async () => {
    const ind = await Indicator.findById(indicator._id).lean<IndicatorRecord>();
    if (!ind) throw new ConflictError('The indicator is gone');
    const from = ind.status;
    if (!TRANSITIONS[from].includes(input.to))
      throw new ConflictError(
        message('An indicator that is {{from}} cannot move to {{to}}', {
          from: message(from),
          to: message(input.to),
        }),
        'transition_refused',
      );
    authorize(canTransition(viewer, from, input.to), viewer);

    const now = new Date();
    const transition: TransitionRecord = {
      from,
      to: input.to,
      by: actor._id,
      at: now,
      reason: input.reason,
      revision: null,
      override: false,
    };
    const set: Record<string, unknown> = { status: input.to };

    if (input.to === 'consultation') {
      const latest = await latestRevision(ind._id);
      const revision = input.revision ?? latest.number;
      await loadRevision(ind._id, revision); // 404 for a revision that does not exist
      const closesAt = new Date(input.closesAt!);
      if (closesAt <= now)
        throw new ValidationError('closesAt: The closing date must be in the future', {
          closesAt: 'Must be in the future',
        });
      transition.revision = revision;
      set.consultation = {
        round: (ind.consultation?.round ?? 0) + 1,
        revision,
        opensAt: now,
        closesAt,
        openedBy: actor._id,
      };
    } else if (input.revision !== undefined || input.closesAt !== undefined) {
      throw new ValidationError('revision and closesAt only go with opening a consultation');
    }

    if (input.to === 'endorsed') {
      transition.revision = ind.consultation?.revision ?? null;
      // Every submitted comment needs its answer first; no override passes this gate.
      const undisposed = await undisposedComments(ind);
      if (undisposed > 0)
        throw new EndorsementBlockedError(
          message(
            'Endorsement is not possible yet: {{comments}} comment(s) on revision {{revision}} have no disposition.',
            { comments: undisposed, revision: String(ind.consultation?.revision) },
          ),
          { undisposedComments: undisposed },
        );
      const standing = await positionStanding(ind, quorum);
      const blockers: string[] = [];
      if (standing.openConcerns.length > 0) blockers.push(`${standing.openConcerns.length} open concern(s)`);
      if (!standing.quorum.met)
        blockers.push(
          `quorum not met (${standing.responded} of ${standing.quorum.required} needed responses)`,
        );
      if (blockers.length > 0) {
        if (!input.override)
          throw new ConflictError(
            message(
              standing.openConcerns.length > 0 && !standing.quorum.met
                ? 'Endorsement is not possible yet: {{concerns}} open concern(s) and quorum not met ({{responded}} of {{required}} needed responses). A host may override with a reason.'
                : standing.openConcerns.length > 0
                  ? 'Endorsement is not possible yet: {{concerns}} open concern(s). A host may override with a reason.'
                  : 'Endorsement is not possible yet: quorum not met ({{responded}} of {{required}} needed responses). A host may override with a reason.',
              {
                concerns: standing.openConcerns.length,
                responded: standing.responded,
                required: standing.quorum.required,
              },
            ),
            'transition_refused',
          );
        authorize(canOverrideEndorsement(viewer), viewer);
        transition.override = true;
        transition.reason = `${input.reason} (override: ${blockers.join(' and ')})`;
      }
    } else if (input.override) {
      throw new ValidationError('override only goes with endorsement');
    }

    if (input.to !== 'consultation' && from === 'consultation' && ind.consultation) {
      // Ending a consultation early closes it now, so no position can change afterwards.
      const closesAt = ind.consultation.closesAt < now ? ind.consultation.closesAt : now;
      set['consultation.closesAt'] = closesAt;
    }

    // The status condition refuses a write if another process moved the indicator meanwhile.
    const res = await Indicator.updateOne(
      { _id: ind._id, status: from },
      { $set: set, $push: { transitions: transition } },
    );
    if (res.modifiedCount !== 1)
      throw new ConflictError('The status changed meanwhile; reload and try again');
    await recordAudit({
      actorId: actor._id,
      action: transition.override ? 'indicator.endorsement-overridden' : 'indicator.status-changed',
      targetType: 'indicator',
      targetId: ind._id,
      ip: actor.ip,
      details: { code, from, to: input.to, reason: transition.reason, revision: transition.revision },
    });
    entityChanged('indicator', code, ind.visibility);
    return (await Indicator.findById(ind._id).lean<IndicatorRecord>())!;
  });
}
