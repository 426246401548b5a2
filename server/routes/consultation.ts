import { Router, type Request } from 'express';
import { paragraphsOf } from '@shared/paragraphs';
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
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { currentUser } from '../middlewares/auth';
import { actorOf } from './context';
import { readableIndicator } from './indicators';
import { authorize } from '../policies';
import { canReadComments } from '../policies/consultation';
import { presentConsultation } from '../features/indicators/indicatorPresenter';
import { latestRevision, loadRevision } from '../features/indicators/indicators';
import {
  createComment,
  deleteComment,
  submitComment,
  updateComment,
} from '../features/consultation/comments';
import { disposeComment } from '../features/consultation/dispositions';
import { compileComments, presentOne } from '../features/consultation/compilation';
import { commentFormIn, commentsXlsx } from '../features/consultation/exportXlsx';
import { requestLanguage } from '../i18n/requestLanguage';
import { commentsDocx } from '../features/consultation/exportDocx';

const base = '/api/indicators';
const commentId = (req: Request) => valid(req, CommentParamsSchema, 'params').id;

/** The indicator, when the caller may read its comments (404 when they may not read the indicator). */
async function indicatorWithComments(req: Request) {
  const ind = await readableIndicator(req);
  authorize(canReadComments(req.user, ind), req.user);
  return ind;
}

const FORMATS = {
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: commentsXlsx,
  },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: commentsDocx,
  },
} as const;

/**
 * Consultation rounds: the numbered text of the revision in consultation, comments anchored to its
 * paragraphs (drafted and submitted on behalf of an organisation), dispositions, and the
 * compilation with its XLSX and DOCX exports. Every route reads the indicator first (404 when the
 * caller may not read it), then applies `policies/consultation.ts`.
 */
export function consultationRouter() {
  const router = Router();

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const latest = await latestRevision(ind._id);
      const number = ind.consultation?.revision ?? latest.number;
      const revision = number === latest.number ? latest : await loadRevision(ind._id, number);
      res.json({
        consultation: presentConsultation(ind),
        currentRevision: latest.number,
        paragraphs: paragraphsOf(revision.fields),
      });
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await indicatorWithComments(req);
      res.json(await compileComments(ind, req.user, valid(req, CommentListQuerySchema, 'query')));
    },
  );

  for (const format of ['xlsx', 'docx'] as const) {
    defineLegacyRoute(
      router,
      base,
      {
        method: 'get',
        path: `/:code/comments/export.${format}`,
        summary: `The compilation as ${format.toUpperCase()}: the IEC/ISO comment form’s columns plus the disposition (same filters)`,
        access: 'user',
        params: IndicatorCodeParamsSchema,
        query: CommentListQuerySchema,
        response: { status: 200, schema: null, description: FORMATS[format].type },
        errors: [404],
      },
      async (req, res) => {
        const ind = await indicatorWithComments(req);
        const query = valid(req, CommentListQuerySchema, 'query');
        const list = await compileComments(ind, req.user, query);
        const language = requestLanguage(req);
        const { heading, rows } = commentFormIn(language, ind, list, query);
        const file = await FORMATS[format].write(heading, rows, language);
        res
          .type(FORMATS[format].type)
          .set('Content-Disposition', `attachment; filename="${ind.code}-comments.${format}"`)
          .set('X-Content-Type-Options', 'nosniff')
          .send(file);
      },
    );
  }

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const comment = await createComment(
        ind,
        currentUser(req),
        valid(req, CreateCommentSchema),
        actorOf(req),
      );
      res.status(201).json(await presentOne(ind, comment, req.user));
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const comment = await updateComment(ind, commentId(req), req.user, valid(req, UpdateCommentSchema));
      res.json(await presentOne(ind, comment, req.user));
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const comment = await submitComment(ind, commentId(req), req.user, actorOf(req));
      res.json(await presentOne(ind, comment, req.user));
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      await deleteComment(ind, commentId(req), req.user);
      res.status(204).end();
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const input = valid(req, DispositionInputSchema);
      const comment = await disposeComment(ind, commentId(req), currentUser(req), input, actorOf(req));
      res.json(await presentOne(ind, comment, req.user));
    },
  );

  return router;
}
