import { Types } from 'mongoose';
import { paragraphsOf, normaliseParagraph, type Paragraph } from '@shared/paragraphs';
import type { z } from 'zod';
import type { CreateCommentSchema, UpdateCommentSchema } from '@shared/schemas/consultation';
import type { IndicatorRecord } from '../../models/Indicator';
import { ConsultationComment, type ConsultationCommentRecord } from '../../models/ConsultationComment';
import { Organisation } from '../../models/Organisation';
import { ConflictError, NotFoundError, ValidationError, message } from '../../errors';
import { authorize, type Viewer } from '../../policies/index';
import { canComment, canReviseComment, canSeeComment } from '../../policies/consultation';
import { loadRevision, type Actor } from '../indicators/indicators';
import { entityChanged } from '../../events';

type CreateInput = z.infer<typeof CreateCommentSchema>;
type UpdateInput = z.infer<typeof UpdateCommentSchema>;

/** The numbered paragraphs of one revision. */
async function revisionParagraphs(ind: IndicatorRecord, number: number): Promise<Paragraph[]> {
  return paragraphsOf((await loadRevision(ind._id, number)).fields);
}

/** The caller's organisation, when it has one. */
export const organisationOf = async (viewer: Viewer) =>
  viewer?.organisationId
    ? Organisation.findById(viewer.organisationId, { membership: 1, name: 1 }).lean()
    : null;

/** 409 unless the consultation of this round is open now. */
function assertOpen(ind: IndicatorRecord, round?: number) {
  const c = ind.consultation;
  if (ind.status !== 'consultation' || !c || c.closesAt <= new Date())
    throw new ConflictError(
      'The consultation is closed; comments can no longer change',
      'consultation_closed',
    );
  if (round !== undefined && round !== c.round)
    throw new ConflictError('This comment belongs to an earlier consultation round', 'consultation_closed');
}

/** A quoted passage must be part of the paragraph (whitespace aside). */
function assertQuote(quote: string | null | undefined, paragraphText: string) {
  if (quote && !normaliseParagraph(paragraphText).includes(normaliseParagraph(quote)))
    throw new ValidationError('quote: Quote a passage of the paragraph exactly', {
      quote: 'Not found in the paragraph',
    });
}

/**
 * Loads a comment of this indicator the caller may see; others' drafts and comments of other
 * indicators answer 404 like missing ones.
 */
export async function loadComment(ind: IndicatorRecord, id: string, viewer: Viewer) {
  const comment = await ConsultationComment.findOne({
    _id: new Types.ObjectId(id),
    indicatorId: ind._id,
  }).lean<ConsultationCommentRecord>();
  if (!comment || !canSeeComment(viewer, comment)) throw new NotFoundError('Comment');
  return comment;
}

/** A new draft comment on behalf of the caller's organisation, anchored to a paragraph of the revision in consultation. */
export async function createComment(
  ind: IndicatorRecord,
  viewer: Viewer & {},
  input: CreateInput,
  actor: Actor,
): Promise<ConsultationCommentRecord> {
  authorize(canComment(viewer, ind, await organisationOf(viewer)), viewer);
  assertOpen(ind);
  const organisationId = viewer.organisationId!; // canComment: a member organisation
  const c = ind.consultation!;
  const paragraph = (await revisionParagraphs(ind, c.revision)).find(
    (p) => p.id === input.paragraphId && p.field === input.field,
  );
  if (!paragraph)
    throw new ValidationError(
      message('paragraphId: No such paragraph in this field of revision {{revision}}', {
        revision: c.revision,
      }),
      { paragraphId: 'No such paragraph' },
    );
  assertQuote(input.quote, paragraph.text);
  const created = await ConsultationComment.create({
    indicatorId: ind._id,
    round: c.round,
    revision: c.revision,
    organisationId,
    authorId: actor._id,
    field: paragraph.field,
    paragraphId: paragraph.id,
    paragraphNumber: paragraph.number,
    paragraphText: paragraph.text,
    quote: input.quote ?? null,
    type: input.type,
    comment: input.comment,
    proposedChange: input.proposedChange ?? null,
  });
  entityChanged('indicator', ind.code, ind.visibility);
  return created.toObject() as ConsultationCommentRecord;
}

/** Loads a draft the caller may revise: 404 if hidden, 403 if another organisation's, 409 once submitted. */
async function loadDraft(ind: IndicatorRecord, id: string, viewer: Viewer) {
  const comment = await loadComment(ind, id, viewer);
  authorize(canReviseComment(viewer, comment), viewer);
  if (comment.status !== 'draft')
    throw new ConflictError('This comment was submitted; it can no longer change', 'not_editable');
  assertOpen(ind, comment.round);
  return comment;
}

/** A conditional write on "still a draft", so a concurrent submit is never overwritten. */
async function updateDraft(comment: ConsultationCommentRecord, set: Record<string, unknown>) {
  const res = await ConsultationComment.updateOne({ _id: comment._id, status: 'draft' }, { $set: set });
  if (res.matchedCount !== 1)
    throw new ConflictError('This comment was submitted meanwhile; it can no longer change', 'not_editable');
}

export async function updateComment(ind: IndicatorRecord, id: string, viewer: Viewer, input: UpdateInput) {
  const comment = await loadDraft(ind, id, viewer);
  if (input.quote !== undefined) assertQuote(input.quote, comment.paragraphText);
  const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  await updateDraft(comment, set);
  entityChanged('indicator', ind.code, ind.visibility);
  return loadComment(ind, id, viewer);
}

/** Submits a draft: from now on every reader of the indicator sees it, and nobody changes it. */
export async function submitComment(ind: IndicatorRecord, id: string, viewer: Viewer, actor: Actor) {
  const comment = await loadDraft(ind, id, viewer);
  await updateDraft(comment, { status: 'submitted', submittedAt: new Date(), submittedBy: actor._id });
  entityChanged('indicator', ind.code, ind.visibility);
  return loadComment(ind, id, viewer);
}

/** Deletes a draft (submitted comments stay: they are part of the record). */
export async function deleteComment(ind: IndicatorRecord, id: string, viewer: Viewer) {
  const comment = await loadDraft(ind, id, viewer);
  const res = await ConsultationComment.deleteOne({ _id: comment._id, status: 'draft' });
  if (res.deletedCount !== 1)
    throw new ConflictError('This comment was submitted meanwhile; it stays', 'not_editable');
  entityChanged('indicator', ind.code, ind.visibility);
}
