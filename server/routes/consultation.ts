import { Router } from 'express';
import {
  CommentDtoSchema,
  CommentListQuerySchema,
  CommentListSchema,
  CommentParamsSchema,
  ConsultationTextSchema,
  CreateCommentSchema,
  DispositionInputSchema,
  UpdateCommentSchema,
} from '@shared/schemas/consultation';
import { IndicatorCodeParamsSchema } from '@shared/schemas/indicator';
import { defineRoute, SENT } from '../openapi/defineRoute';
import { actorOf } from './context';
import { requestLanguage } from '../i18n/requestLanguage';
import { consultationText, readCompilation } from '../features/consultation/queries';
import { COMPILATION_FORMATS, compilationFile } from '../features/consultation/exportQueries';
import {
  answerComment,
  deleteDraftComment,
  draftComment,
  reviseComment,
  submitDraftComment,
} from '../features/consultation/commands';

/**
 * Consultation rounds: the numbered text of the revision in consultation, comments anchored to its
 * paragraphs (drafted and submitted on behalf of an organisation), dispositions, and the
 * compilation with its XLSX and DOCX exports. Every route reads the indicator first (404 when the
 * caller may not read it), then applies `policies/consultation.ts`.
 */
export function consultationRouter() {
  const router = Router();
  const base = '/api/indicators';

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:code/consultation',
      summary: 'The revision in consultation, as numbered paragraphs with stable ids',
      access: 'public',
      params: IndicatorCodeParamsSchema,
      response: { status: 200, schema: ConsultationTextSchema },
      errors: [404],
    },
    ({ viewer, params }) => consultationText(viewer, params.code),
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:code/comments',
      summary:
        'The compilation: comments of the latest round in paragraph order (?organisation=&constituency=&type=&disposition=)',
      access: 'user',
      params: IndicatorCodeParamsSchema,
      query: CommentListQuerySchema,
      response: { status: 200, schema: CommentListSchema },
      errors: [404],
    },
    ({ viewer, params, query }) => readCompilation(viewer, params.code, query),
  );

  for (const format of ['xlsx', 'docx'] as const) {
    defineRoute(
      router,
      base,
      {
        method: 'get',
        path: `/:code/comments/export.${format}`,
        summary: `The compilation as ${format.toUpperCase()}: the IEC/ISO comment form’s columns plus the disposition (same filters)`,
        access: 'user',
        params: IndicatorCodeParamsSchema,
        query: CommentListQuerySchema,
        response: { status: 200, schema: null, description: COMPILATION_FORMATS[format].type },
        errors: [404],
      },
      async ({ viewer, params, query, req, res }) => {
        const { file, type, filename } = await compilationFile(
          viewer,
          params.code,
          format,
          query,
          requestLanguage(req),
        );
        res
          .type(type)
          .set('Content-Disposition', `attachment; filename="${filename}"`)
          .set('X-Content-Type-Options', 'nosniff')
          .send(file);
        return SENT;
      },
    );
  }

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:code/comments',
      summary: 'Draft a comment on a paragraph of the revision in consultation, for your organisation',
      access: 'user',
      params: IndicatorCodeParamsSchema,
      body: CreateCommentSchema,
      response: { status: 201, schema: CommentDtoSchema },
      errors: [404, 409],
    },
    ({ req, params, body }) => draftComment(actorOf(req), params.code, body),
  );

  defineRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:code/comments/:id',
      summary: 'Revise a draft comment (members of its organisation, until it is submitted)',
      access: 'user',
      params: CommentParamsSchema,
      body: UpdateCommentSchema,
      response: { status: 200, schema: CommentDtoSchema },
      errors: [404, 409],
    },
    ({ req, params, body }) => reviseComment(actorOf(req), params.code, params.id, body),
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:code/comments/:id/submit',
      summary: 'Submit a draft comment: every reader sees it from now on, and it no longer changes',
      access: 'user',
      params: CommentParamsSchema,
      response: { status: 200, schema: CommentDtoSchema },
      errors: [404, 409],
    },
    ({ req, params }) => submitDraftComment(actorOf(req), params.code, params.id),
  );

  defineRoute(
    router,
    base,
    {
      method: 'delete',
      path: '/:code/comments/:id',
      summary: 'Delete a draft comment (members of its organisation)',
      access: 'user',
      params: CommentParamsSchema,
      response: { status: 204, schema: null },
      errors: [404, 409],
    },
    ({ req, params }) => deleteDraftComment(actorOf(req), params.code, params.id),
  );

  defineRoute(
    router,
    base,
    {
      method: 'put',
      path: '/:code/comments/:id/disposition',
      summary:
        'Answer a comment: accepted, accepted in part, not accepted or noted (custodian organisation and hosts)',
      access: 'user',
      params: CommentParamsSchema,
      body: DispositionInputSchema,
      response: { status: 200, schema: CommentDtoSchema },
      errors: [404, 409],
    },
    ({ req, params, body }) => answerComment(actorOf(req), params.code, params.id, body),
  );

  return router;
}
