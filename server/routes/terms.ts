import { Router } from 'express';
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
import { listTerms, readTerm } from '../features/glossary/queries';
import { editTerm, proposeTerm } from '../features/glossary/commands';

/** The glossary: public reading, members propose and edit drafts, hosts mark terms agreed. */
export function termsRouter() {
  const router = Router();
  const base = '/api/terms';

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
    ({ viewer, query }) => listTerms(viewer, query),
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
    ({ req, body }) => proposeTerm(actorOf(req), body),
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
    ({ viewer, params }) => readTerm(viewer, params.slug),
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
    ({ req, params, body }) => editTerm(actorOf(req), params.slug, body),
  );
  return router;
}
