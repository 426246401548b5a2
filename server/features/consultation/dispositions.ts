import type { z } from 'zod';
import { rolesReading } from '@shared/roles';
import { type DispositionInputSchema } from '@shared/schemas/consultation';
import type { IndicatorRecord } from '../../models/Indicator';
import { ConsultationComment } from '../../models/ConsultationComment';
import { IndicatorRevision } from '../../models/IndicatorRevision';
import { User } from '../../models/User';
import { ConflictError, ValidationError, message } from '../../errors';
import { authorize, type Viewer } from '../../policies/index';
import { canDisposeComments } from '../../policies/consultation';
import type { Actor } from '../indicators/indicators';
import { entityChanged } from '../../events';
import { notify } from '../notifications/notifications';
import { loadComment } from './comments';

type Input = z.infer<typeof DispositionInputSchema>;

/**
 * Records (or changes) the answer to a submitted comment: the decision, a response and, when a
 * later revision takes it up, that revision. The custodian organisation and hosts answer; an
 * endorsed or retired indicator's record is final. The comment's author hears of it.
 */
export async function disposeComment(
  ind: IndicatorRecord,
  id: string,
  viewer: Viewer & {},
  input: Input,
  actor: Actor,
) {
  const comment = await loadComment(ind, id, viewer);
  authorize(canDisposeComments(viewer, ind), viewer);
  if (comment.status !== 'submitted')
    throw new ConflictError('Only submitted comments are answered', 'not_editable');
  if (ind.status === 'endorsed' || ind.status === 'retired')
    throw new ConflictError(
      ind.status === 'endorsed'
        ? "The indicator is endorsed: its comments' record is final"
        : "The indicator is retired: its comments' record is final",
      'not_editable',
    );
  const n = input.addressedInRevision;
  if (n !== null) {
    if (n <= comment.revision)
      throw new ValidationError(
        message('addressedInRevision: Name a revision after revision {{revision}}, the one commented on', {
          revision: comment.revision,
        }),
        { addressedInRevision: message('After revision {{revision}}', { revision: comment.revision }) },
      );
    if (!(await IndicatorRevision.exists({ indicatorId: ind._id, number: n })))
      throw new ValidationError(
        message('addressedInRevision: There is no revision {{revision}}', { revision: n }),
        {
          addressedInRevision: 'No such revision',
        },
      );
  }
  await ConsultationComment.updateOne(
    { _id: comment._id },
    {
      $set: {
        disposition: {
          decision: input.decision,
          response: input.response,
          addressedInRevision: n,
          by: actor._id,
          at: new Date(),
        },
      },
    },
  );
  entityChanged('indicator', ind.code, ind.visibility);
  // Only people who may read the indicator hear of it.
  const readers = await User.find(
    {
      _id: { $in: [comment.authorId, comment.submittedBy].filter(Boolean) },
      role: { $in: rolesReading(ind.visibility) },
    },
    { _id: 1 },
  ).lean();
  await notify({
    recipients: readers.map((u) => u._id),
    kind: 'comment-disposition',
    actorId: actor._id,
    subject: { type: 'indicator', id: ind._id },
    link: `/indicators/${ind.code}/comments#comment-${id}`,
    params: { paragraph: comment.paragraphNumber, code: ind.code, disposition: input.decision },
    excerpt: input.response ? input.response.slice(0, 200) : undefined,
  });
  return loadComment(ind, id, viewer);
}
