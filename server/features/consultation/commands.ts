import type { z } from 'zod';
import type {
  CommentDto,
  CreateCommentSchema,
  DispositionInputSchema,
  UpdateCommentSchema,
} from '@shared/schemas/consultation';
import type { Actor } from '../actor';
import { readableIndicator } from '../indicators/queries';
import { createComment, deleteComment, submitComment, updateComment } from './comments';
import { disposeComment } from './dispositions';
import { commentView } from './queries';

/** Drafts a comment on a paragraph of the revision in consultation, for the actor's organisation. */
export async function draftComment(
  actor: Actor,
  code: string,
  input: z.infer<typeof CreateCommentSchema>,
): Promise<CommentDto> {
  const ind = await readableIndicator(actor, code);
  return commentView(ind, await createComment(ind, actor, input, actor), actor);
}

/** Revises a draft comment (members of its organisation, until it is submitted). */
export async function reviseComment(
  actor: Actor,
  code: string,
  id: string,
  input: z.infer<typeof UpdateCommentSchema>,
): Promise<CommentDto> {
  const ind = await readableIndicator(actor, code);
  return commentView(ind, await updateComment(ind, id, actor, input), actor);
}

/** Submits a draft: every reader sees it from now on, and it no longer changes. */
export async function submitDraftComment(actor: Actor, code: string, id: string): Promise<CommentDto> {
  const ind = await readableIndicator(actor, code);
  return commentView(ind, await submitComment(ind, id, actor, actor), actor);
}

/** Deletes a draft comment (submitted ones stay: they are part of the record). */
export async function deleteDraftComment(actor: Actor, code: string, id: string): Promise<void> {
  await deleteComment(await readableIndicator(actor, code), id, actor);
}

/** Answers a submitted comment (the custodian organisation and hosts). */
export async function answerComment(
  actor: Actor,
  code: string,
  id: string,
  input: z.infer<typeof DispositionInputSchema>,
): Promise<CommentDto> {
  const ind = await readableIndicator(actor, code);
  return commentView(ind, await disposeComment(ind, id, actor, input, actor), actor);
}
