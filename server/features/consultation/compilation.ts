import { paragraphsOf } from '@shared/paragraphs';
import type { CommentDto, CommentList, CommentListQuery } from '@shared/schemas/consultation';
import type { IndicatorRecord } from '../../models/Indicator';
import { ConsultationComment, type ConsultationCommentRecord } from '../../models/ConsultationComment';
import type { Viewer } from '../../policies/index';
import { canComment, canDisposeComments, canReviseComment } from '../../policies/consultation';
import { presentComment } from './consultationPresenter';
import { presentConsultation } from '../indicators/indicatorPresenter';
import { indicatorRefs, latestRevision, loadRevision } from '../indicators/indicators';
import { reanchor } from './anchors';
import { organisationOf } from './comments';

/** The latest round's comments the viewer may see: every submitted one, and their organisation's drafts. */
async function roundComments(ind: IndicatorRecord, viewer: Viewer): Promise<ConsultationCommentRecord[]> {
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

const matches = (c: CommentDto, q: CommentListQuery) =>
  (!q.organisation || c.organisation.slug === q.organisation) &&
  (!q.constituency || c.organisation.category === q.constituency) &&
  (!q.type || c.type === q.type) &&
  (!q.disposition ||
    (q.disposition === 'none' ? c.disposition === null : c.disposition?.decision === q.disposition));

/** Paragraph order, then organisation, then when it was submitted (drafts last within a paragraph). */
function byParagraph(a: CommentDto, b: CommentDto) {
  return (
    a.paragraph.number - b.paragraph.number ||
    a.organisation.name.localeCompare(b.organisation.name) ||
    (a.submittedAt ?? '\uffff').localeCompare(b.submittedAt ?? '\uffff') ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

/** Comments as the viewer sees them, re-anchored to the current revision and sorted by paragraph. */
async function presentAll(ind: IndicatorRecord, records: ConsultationCommentRecord[], viewer: Viewer) {
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
  const refs = await indicatorRefs(
    records.flatMap((r) => [r.authorId, r.submittedBy, r.disposition?.by]),
    records.map((r) => r.organisationId),
  );
  const dispose = canDisposeComments(viewer, ind) && ind.status !== 'endorsed' && ind.status !== 'retired';
  const open = ind.status === 'consultation' && !!c && c.closesAt > new Date();
  const items = records
    .map((r) =>
      presentComment(
        r,
        refs,
        // A comment of an earlier round was made on another revision: it is not re-anchored here.
        r.revision === c?.revision
          ? { ...anchorOf(r.paragraphId), revision: latest.number }
          : { status: 'removed', paragraphId: null, number: null, revision: latest.number },
        {
          edit: open && r.status === 'draft' && r.round === c?.round && canReviseComment(viewer, r),
          dispose: dispose && r.status === 'submitted',
        },
      ),
    )
    .sort(byParagraph);
  return { items, currentRevision: latest.number, open };
}

/** One comment as the viewer sees it (the answer to a write). */
export async function presentOne(ind: IndicatorRecord, record: ConsultationCommentRecord, viewer: Viewer) {
  return (await presentAll(ind, [record], viewer)).items[0]!;
}

/**
 * The compilation of the latest consultation round: every comment in paragraph order with its
 * place in the current revision (re-anchored), filtered, plus counts and what the viewer may do.
 */
export async function compileComments(
  ind: IndicatorRecord,
  viewer: Viewer,
  query: CommentListQuery,
): Promise<CommentList> {
  const [records, org] = await Promise.all([roundComments(ind, viewer), organisationOf(viewer)]);
  const { items: all, currentRevision, open } = await presentAll(ind, records, viewer);
  const submitted = all.filter((x) => x.status === 'submitted');
  const organisations = new Map(submitted.map((x) => [x.organisation.id, x.organisation]));
  return {
    consultation: presentConsultation(ind),
    currentRevision,
    items: all.filter((x) => matches(x, query)),
    nextCursor: null,
    total: submitted.length,
    undisposed: submitted.filter((x) => x.disposition === null).length,
    organisations: [...organisations.values()].sort((a, b) => a.name.localeCompare(b.name)),
    can: {
      comment: open && canComment(viewer, ind, org),
      dispose: canDisposeComments(viewer, ind) && ind.status !== 'endorsed' && ind.status !== 'retired',
    },
  };
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
