import { clauseLabel } from '@shared/paragraphs';
import type { CommentDto } from '@shared/schemas/consultation';
import type { ConsultationCommentRecord } from '../../models/ConsultationComment';
import { userRef, type IndicatorRefs } from '../indicators/indicatorPresenter';
import type { Anchor } from './anchors';
// A pure word diff of two texts (no records read): the proposed change against its paragraph.
import { wordSegments } from '../indicators/indicatorDiff';

/** A comment with its anchor in the current revision and what the viewer may do with it. */
export function presentComment(
  c: ConsultationCommentRecord,
  refs: IndicatorRefs,
  anchor: Anchor & { revision: number },
  can: CommentDto['can'],
): CommentDto {
  const org = refs.organisations.get(String(c.organisationId));
  return {
    id: String(c._id),
    round: c.round,
    revision: c.revision,
    organisation: {
      id: String(c.organisationId),
      name: org?.name ?? 'Unknown organisation',
      slug: org?.slug ?? '',
      category: org?.category ?? 'other',
    },
    author: userRef(refs, c.authorId),
    field: c.field,
    clause: clauseLabel(c.field),
    paragraph: { id: c.paragraphId, field: c.field, number: c.paragraphNumber, text: c.paragraphText },
    quote: c.quote ?? null,
    type: c.type,
    comment: c.comment,
    proposedChange: c.proposedChange ?? null,
    proposedDiff: c.proposedChange ? wordSegments(c.paragraphText, c.proposedChange) : null,
    status: c.status,
    submittedAt: c.submittedAt ? c.submittedAt.toISOString() : null,
    submittedBy: userRef(refs, c.submittedBy),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    disposition: c.disposition
      ? {
          decision: c.disposition.decision,
          response: c.disposition.response ?? '',
          addressedInRevision: c.disposition.addressedInRevision ?? null,
          by: userRef(refs, c.disposition.by),
          at: c.disposition.at.toISOString(),
        }
      : null,
    anchor,
    can,
  };
}
