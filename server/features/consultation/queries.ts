import { paragraphsOf } from '@shared/paragraphs';
import type {
  CommentDto,
  CommentList,
  CommentListQuery,
  ConsultationText,
} from '@shared/schemas/consultation';
import { authorize, type Viewer } from '../../policies/index';
import {
  canComment,
  canDisposeComments,
  canReadComments,
  canReviseComment,
} from '../../policies/consultation';
import type { IndicatorRecord } from '../../models/Indicator';
import type { ConsultationCommentRecord } from '../../models/ConsultationComment';
import { indicatorRefs, latestRevision, loadRevision } from '../indicators/indicators';
import { readableIndicator } from '../indicators/queries';
import { presentConsultation } from '../indicators/indicatorPresenter';
import { currentAnchors, roundComments } from './compilation';
import { organisationOf } from './comments';
import { presentComment } from './consultationPresenter';

/** The revision in consultation (the latest when there is none), as numbered paragraphs. */
export async function consultationText(viewer: Viewer, code: string): Promise<ConsultationText> {
  const ind = await readableIndicator(viewer, code);
  const latest = await latestRevision(ind._id);
  const number = ind.consultation?.revision ?? latest.number;
  const revision = number === latest.number ? latest : await loadRevision(ind._id, number);
  return {
    consultation: presentConsultation(ind),
    currentRevision: latest.number,
    paragraphs: paragraphsOf(revision.fields),
  };
}

/** The indicator, when the viewer may read its comments (404 when they may not read the indicator). */
export async function indicatorWithComments(viewer: Viewer, code: string): Promise<IndicatorRecord> {
  const ind = await readableIndicator(viewer, code);
  authorize(canReadComments(viewer, ind), viewer);
  return ind;
}

/** Comments may be answered until the indicator's record is final (endorsed or retired). */
const mayDispose = (viewer: Viewer, ind: IndicatorRecord) =>
  canDisposeComments(viewer, ind) && ind.status !== 'endorsed' && ind.status !== 'retired';

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
async function commentViews(ind: IndicatorRecord, records: ConsultationCommentRecord[], viewer: Viewer) {
  const { currentRevision, anchorOf } = await currentAnchors(ind);
  const c = ind.consultation;
  const refs = await indicatorRefs(
    records.flatMap((r) => [r.authorId, r.submittedBy, r.disposition?.by]),
    records.map((r) => r.organisationId),
  );
  const dispose = mayDispose(viewer, ind);
  const open = ind.status === 'consultation' && !!c && c.closesAt > new Date();
  const items = records
    .map((r) =>
      presentComment(
        r,
        refs,
        // A comment of an earlier round was made on another revision: it is not re-anchored here.
        r.revision === c?.revision
          ? { ...anchorOf(r.paragraphId), revision: currentRevision }
          : { status: 'removed', paragraphId: null, number: null, revision: currentRevision },
        {
          edit: open && r.status === 'draft' && r.round === c?.round && canReviseComment(viewer, r),
          dispose: dispose && r.status === 'submitted',
        },
      ),
    )
    .sort(byParagraph);
  return { items, currentRevision, open };
}

/** One comment as the viewer sees it (the answer to a write). */
export async function commentView(
  ind: IndicatorRecord,
  record: ConsultationCommentRecord,
  viewer: Viewer,
): Promise<CommentDto> {
  return (await commentViews(ind, [record], viewer)).items[0]!;
}

const matches = (c: CommentDto, q: CommentListQuery) =>
  (!q.organisation || c.organisation.slug === q.organisation) &&
  (!q.constituency || c.organisation.category === q.constituency) &&
  (!q.type || c.type === q.type) &&
  (!q.disposition ||
    (q.disposition === 'none' ? c.disposition === null : c.disposition?.decision === q.disposition));

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
  const { items: all, currentRevision, open } = await commentViews(ind, records, viewer);
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
    can: { comment: open && canComment(viewer, ind, org), dispose: mayDispose(viewer, ind) },
  };
}

/** The compilation, for signed-in readers of the indicator. */
export async function readCompilation(
  viewer: Viewer,
  code: string,
  query: CommentListQuery,
): Promise<CommentList> {
  return compileComments(await indicatorWithComments(viewer, code), viewer, query);
}
