import type { RequestHandler, Router } from 'express';
import type { z } from 'zod';
import { ErrorSchema } from '@shared/schemas/common';
import { validate } from '../middlewares/validate';
import { requireUser } from '../middlewares/auth';
import { registry } from './registry';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec {
  method: Method;
  /** Path relative to the router, Express style (`/:slug`). */
  path: string;
  summary: string;
  /** `public` routes skip the sign-in check; finer rules live in policies. */
  access: 'public' | 'user';
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodObject;
  /** Success status and schema (null for an empty body). */
  response: { status: number; schema: z.ZodType | null; description?: string };
  /** Extra error statuses worth documenting beyond the defaults. */
  errors?: number[];
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input',
  401: 'Not signed in',
  403: 'Not allowed, or cross-site request refused',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported type',
  429: 'Too many requests',
  503: 'Unavailable',
};

/**
 * Mounts a route and documents it in the OpenAPI registry in one step, so the published API
 * document cannot fall behind the code. Validation of body, query and params is added here.
 */
export function defineRoute(router: Router, base: string, spec: RouteSpec, ...handlers: RequestHandler[]) {
  const chain: RequestHandler[] = [];
  if (spec.access === 'user') chain.push(requireUser);
  if (spec.params) chain.push(validate(spec.params, 'params'));
  if (spec.query) chain.push(validate(spec.query, 'query'));
  if (spec.body) chain.push(validate(spec.body, 'body'));
  router[spec.method](spec.path, ...chain, ...handlers);

  const errorStatuses = new Set<number>(spec.errors ?? []);
  if (spec.body || spec.query || spec.params) errorStatuses.add(400);
  if (spec.access === 'user') errorStatuses.add(401);
  // Writes: the Origin check. Signed-in routes: a policy may refuse the caller's role (GET /api/users as a member).
  if (spec.method !== 'get' || spec.access === 'user') errorStatuses.add(403);
  const fullPath = (base + spec.path).replace(/\/$/, '').replace(/:(\w+)/g, '{$1}') || '/';
  registry.registerPath({
    method: spec.method,
    path: fullPath,
    summary: spec.summary,
    tags: [base.split('/')[2] ?? 'api'],
    request: {
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { query: spec.query as z.ZodObject } : {}),
      ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } } } } : {}),
    },
    responses: {
      [spec.response.status]: {
        description: spec.response.description ?? 'Success',
        ...(spec.response.schema
          ? { content: { 'application/json': { schema: spec.response.schema } } }
          : {}),
      },
      ...Object.fromEntries(
        [...errorStatuses].map((s) => [
          s,
          { description: ERROR_TEXT[s] ?? 'Error', content: { 'application/json': { schema: ErrorSchema } } },
        ]),
      ),
    },
  });
}
