import {
  CommentDtoSchema,
  CommentListSchema,
  ConsultationTextSchema,
  type CommentDto,
  type CommentList,
  type CommentListQuery,
  type ConsultationText,
  type CreateCommentInput,
  type DispositionInput,
  type UpdateCommentInput,
} from '@shared/schemas/consultation';
import { apiFetch, queryString } from './client';
import { indicatorPath } from './indicators';

/**
 * Query keys of the consultation views. They start with `['indicator', code]`, so the
 * `entity:changed {kind: 'indicator'}` that every comment and disposition announces refreshes them.
 */
export const consultationKeys = {
  text: (code: string) => ['indicator', code, 'consultation'] as const,
  comments: (code: string, filters: CommentListQuery = {}) =>
    ['indicator', code, 'comments', filters] as const,
};

/** The numbered paragraphs of the revision in consultation. */
export function getConsultationText(code: string, signal?: AbortSignal): Promise<ConsultationText> {
  return apiFetch(`${indicatorPath(code)}/consultation`, { schema: ConsultationTextSchema, signal });
}

/** The compilation: the round's comments in paragraph order (plus the caller's organisation's drafts). */
export function listComments(
  code: string,
  filters: CommentListQuery = {},
  signal?: AbortSignal,
): Promise<CommentList> {
  return apiFetch(`${indicatorPath(code)}/comments${queryString({ ...filters })}`, {
    schema: CommentListSchema,
    signal,
  });
}

export function createComment(code: string, input: CreateCommentInput): Promise<CommentDto> {
  return apiFetch(`${indicatorPath(code)}/comments`, {
    method: 'POST',
    body: input,
    schema: CommentDtoSchema,
  });
}

export function updateComment(code: string, id: string, input: UpdateCommentInput): Promise<CommentDto> {
  return apiFetch(`${indicatorPath(code)}/comments/${id}`, {
    method: 'PATCH',
    body: input,
    schema: CommentDtoSchema,
  });
}

export function submitComment(code: string, id: string): Promise<CommentDto> {
  return apiFetch(`${indicatorPath(code)}/comments/${id}/submit`, {
    method: 'POST',
    schema: CommentDtoSchema,
  });
}

export function deleteComment(code: string, id: string): Promise<void> {
  return apiFetch(`${indicatorPath(code)}/comments/${id}`, { method: 'DELETE' });
}

export function disposeComment(code: string, id: string, input: DispositionInput): Promise<CommentDto> {
  return apiFetch(`${indicatorPath(code)}/comments/${id}/disposition`, {
    method: 'PUT',
    body: input,
    schema: CommentDtoSchema,
  });
}

/** The compilation as a download, with the same filters. */
export const commentsExportUrl = (code: string, format: 'xlsx' | 'docx', filters: CommentListQuery = {}) =>
  `${indicatorPath(code)}/comments/export.${format}${queryString({ ...filters })}`;
