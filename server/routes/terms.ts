import { Router, type Request } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  CreateTermSchema,
  TermDtoSchema,
  TermListQuerySchema,
  TermParamsSchema,
  TermSummaryDtoSchema,
  UpdateTermSchema,
} from '@shared/schemas/term';
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { valid } from '../middlewares/validate';
import { authorize } from '../policies';
import { canAgreeTerm, canEditTerm, canProposeTerm, canReadTerm } from '../policies/term';
import { listTerms, loadTerm, proposeTerm, termView, updateTerm } from '../services/glossary';

/** The glossary: public reading, members propose and edit drafts, hosts mark terms agreed. */
export function termsRouter() {
  const router = Router();
  const base = '/api/terms';
  const readable = async (req: Request) => {
    const term = await loadTerm(valid(req, TermParamsSchema, 'params').slug);
    authorize(canReadTerm(req.user, term), req.user, { hide: 'Term' });
    return term;
  };

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Glossary terms in alphabetical order, with search and a status filter',
      access: 'public',
      query: TermListQuerySchema,
      response: { status: 200, schema: listOf(TermSummaryDtoSchema) },
    },
    async (req, res) => {
      res.json(await listTerms(req.user, valid(req, TermListQuerySchema, 'query')));
    },
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Propose a term (members and hosts); it starts as a draft',
      access: 'user',
      body: CreateTermSchema,
      response: { status: 201, schema: TermDtoSchema },
      errors: [409],
    },
    async (req, res) => {
      authorize(canProposeTerm(req.user), req.user);
      const term = await proposeTerm(valid(req, CreateTermSchema), actorOf(req));
      res.status(201).json(await termView(term, req.user));
    },
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:slug',
      summary: 'One term with its definition, notes, sources and related terms',
      access: 'public',
      params: TermParamsSchema,
      response: { status: 200, schema: TermDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      res.json(await termView(await readable(req), req.user));
    },
  );

  defineRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:slug',
      summary: 'Edit a draft term (members) or any term and its status (hosts)',
      access: 'user',
      params: TermParamsSchema,
      body: UpdateTermSchema,
      response: { status: 200, schema: TermDtoSchema },
      errors: [404, 409],
    },
    async (req, res) => {
      const term = await readable(req);
      authorize(canEditTerm(req.user, term), req.user);
      const changes = valid(req, UpdateTermSchema);
      if (changes.status && changes.status !== term.status) authorize(canAgreeTerm(req.user), req.user);
      res.json(await termView(await updateTerm(term, changes, actorOf(req)), req.user));
    },
  );
  return router;
}
