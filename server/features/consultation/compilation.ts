import { paragraphsOf } from '@shared/paragraphs';
import type { IndicatorRecord } from '../../models/Indicator';
import { ConsultationComment, type ConsultationCommentRecord } from '../../models/ConsultationComment';
import type { Viewer } from '../../policies/index';
import { latestRevision, loadRevision } from '../indicators/indicators';
import { reanchor, type Anchor } from './anchors';

/** The latest round's comments the viewer may see: every submitted one, and their organisation's drafts. */
export async function roundComments(
  ind: IndicatorRecord,
  viewer: Viewer,
): Promise<ConsultationCommentRecord[]> {
  const c = ind.consultation;
  if (!c) return [];
  const mine = viewer?.organisationId
    ? [{ status: 'draft' as const, organisationId: viewer.organisationId }]
    : [];
  return ConsultationComment.find({
    indicatorId: ind._id,
    round: c.round,
    $or: [{ status: 'submitted' }, ...mine],
  })
    .sort({ paragraphNumber: 1, _id: 1 })
    .lean<ConsultationCommentRecord[]>();
}

/**
 * Where the paragraphs of the revision in consultation are in the current revision (anchors.ts),
 * and the current revision's number. Without a consultation every paragraph is `removed`.
 */
export async function currentAnchors(
  ind: IndicatorRecord,
): Promise<{ currentRevision: number; anchorOf: (paragraphId: string) => Anchor }> {
  const latest = await latestRevision(ind._id);
  const c = ind.consultation;
  const consulted = c
    ? c.revision === latest.number
      ? latest
      : await loadRevision(ind._id, c.revision)
    : null;
  const anchorOf = consulted
    ? reanchor(paragraphsOf(consulted.fields), paragraphsOf(latest.fields))
    : () => ({ status: 'removed' as const, paragraphId: null, number: null });
  return { currentRevision: latest.number, anchorOf };
}

/**
 * Submitted comments of the consultation round without a disposition: while there is any, the
 * indicator cannot be endorsed.
 */
export function undisposedComments(ind: IndicatorRecord): Promise<number> {
  if (!ind.consultation) return Promise.resolve(0);
  return ConsultationComment.countDocuments({
    indicatorId: ind._id,
    round: ind.consultation.round,
    status: 'submitted',
    disposition: null,
  });
}
