import type { Visibility } from '@shared/roles';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { ConflictError } from '../../errors';
import { authorize, type Viewer } from '../../policies/index';
import { canChangeIndicatorVisibility } from '../../policies/indicator';
import { entityChanged } from '../../events';
import { indicatorLock } from './indicatorReviser';
import type { Actor } from './indicators';
import { recordAudit } from '../audit/audit';
import { followSubject } from '../discussions/subjectThreads';

/**
 * Changes who reads an indicator. Checked again under the indicator's lock against the current
 * status (a creator's right ends when drafting does); readers on either side hear of the change.
 */
export function changeVisibility(
  indicator: IndicatorRecord,
  visibility: Visibility,
  viewer: Viewer & {},
  actor: Actor,
): Promise<IndicatorRecord> {
  authorize(canChangeIndicatorVisibility(viewer, indicator, visibility), viewer);
  return indicatorLock.run(String(indicator._id), async () => {
    const ind = await Indicator.findById(indicator._id).lean<IndicatorRecord>();
    if (!ind) throw new ConflictError('The indicator is gone');
    authorize(canChangeIndicatorVisibility(viewer, ind, visibility), viewer);
    if (ind.visibility === visibility) return ind;
    const res = await Indicator.updateOne(
      { _id: ind._id, status: ind.status, visibility: ind.visibility },
      { $set: { visibility } },
    );
    if (res.modifiedCount !== 1)
      throw new ConflictError('The indicator changed meanwhile; reload and try again');
    await recordAudit({
      actorId: actor._id,
      action: 'indicator.visibility-changed',
      targetType: 'indicator',
      targetId: ind._id,
      ip: actor.ip,
      details: { code: ind.code, from: ind.visibility, to: visibility },
    });
    await followSubject('indicator', ind._id);
    entityChanged('indicator', ind.code, visibility, ind.visibility);
    return { ...ind, visibility };
  });
}
