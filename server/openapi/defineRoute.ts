import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { ErrorSchema } from '@shared/schemas/common';
import { parseRequestPart } from '../middlewares/validate';
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
  /** Success status and schema (null for an empty or non-JSON body, e.g. a file). */
  response: { status: number; schema: z.ZodType | null; description?: string };
  /** The 409 body, when a conflict answers more than the error and its message (it is documented). */
  conflict?: z.ZodType;
  /** Extra error statuses worth documenting beyond the defaults. */
  errors?: number[];
  /** Middleware run after the sign-in check and before validation (a policy gate, multer). */
  use?: RequestHandler[];
}

type Parsed<T> = T extends z.ZodType ? z.infer<T> : undefined;
type Body<S extends RouteSpec> = S['response']['schema'] extends z.ZodType
  ? z.input<S['response']['schema']>
  : undefined;

/** What a handler receives: the request's parts parsed by the spec's schemas, and the caller. */
interface RouteInput<S extends RouteSpec> {
  params: Parsed<S['params']>;
  query: Parsed<S['query']>;
  body: Parsed<S['body']>;
  /** The signed-in caller; always present on `access: 'user'` routes. */
  viewer: S['access'] extends 'user' ? Express.User : Express.User | undefined;
  req: Request;
  res: Response;
}

const REPLY = Symbol('reply');
/** A body answered with another status than the spec's (200 for "already there" on a create). */
export interface Reply<T> {
  [REPLY]: true;
  status: number;
  body?: T;
  /** The body already serialised (large lists built as JSON text). */
  json?: string;
}
export const withStatus = <T>(status: number, body: T): Reply<T> => ({ [REPLY]: true, status, body });
/** A body the handler serialised itself; still checked against the schema in tests. */
export const jsonText = <T>(json: string): Reply<T> => ({ [REPLY]: true, status: 0, json });
/** The handler wrote the response itself (a file, a redirect). */
export const SENT = Symbol('sent');

export type RouteHandler<S extends RouteSpec> = (
  input: RouteInput<S>,
) => Promise<Body<S> | Reply<Body<S>> | typeof SENT | void>;

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

/** In tests every answer is parsed with its declared schema, so a response cannot drift from its contract. */
const checkResponses = process.env.NODE_ENV === 'test';

class ResponseContractError extends Error {}

function checked(spec: RouteSpec, body: unknown) {
  if (!checkResponses || !spec.response.schema) return;
  const result = spec.response.schema.safeParse(body);
  if (!result.success)
    throw new ResponseContractError(
      `${spec.method.toUpperCase()} ${spec.path} answered outside its schema: ${JSON.stringify(result.error.issues.slice(0, 5))}`,
    );
}

const isReply = (value: unknown): value is Reply<unknown> =>
  typeof value === 'object' && value !== null && REPLY in value;

function answer(spec: RouteSpec, res: Response, result: unknown) {
  if (result === SENT || res.headersSent) return;
  if (isReply(result)) {
    const status = result.status || spec.response.status;
    if (result.json !== undefined) {
      if (checkResponses) checked(spec, JSON.parse(result.json));
      return void res.status(status).type('json').send(result.json);
    }
    checked(spec, result.body);
    return void (result.body === undefined ? res.status(status).end() : res.status(status).json(result.body));
  }
  if (result === undefined) return void res.status(spec.response.status).end();
  checked(spec, result);
  res.status(spec.response.status).json(result);
}

/**
 * Mounts a route and documents it in the OpenAPI registry in one step, so the published API
 * document cannot fall behind the code. Params, query and body are parsed with the spec's schemas
 * before the handler runs (400 with per-field messages otherwise); the handler gets them typed and
 * returns the declared response, which tests check against its schema.
 */
export function defineRoute<const S extends RouteSpec>(
  router: Router,
  base: string,
  spec: S,
  handler: RouteHandler<S>,
) {
  const chain: RequestHandler[] = [];
  if (spec.access === 'user') chain.push(requireUser);
  chain.push(...(spec.use ?? []));
  const run: RequestHandler = async (req, res, next) => {
    try {
      const input = {
        params: spec.params ? parseRequestPart(req, spec.params, req.params) : undefined,
        query: spec.query ? parseRequestPart(req, spec.query, req.query) : undefined,
        body: spec.body ? parseRequestPart(req, spec.body, req.body ?? {}) : undefined,
        viewer: req.user,
        req,
        res,
      } as RouteInput<S>;
      answer(spec, res, await handler(input));
    } catch (err) {
      next(err);
    }
  };
  router[spec.method](spec.path, ...chain, run);
  document(base, spec);
}

function document(base: string, spec: RouteSpec) {
  const errorStatuses = new Set<number>(spec.errors ?? []);
  if (spec.body || spec.query || spec.params) errorStatuses.add(400);
  if (spec.access === 'user') errorStatuses.add(401);
  // Writes: the Origin check. Signed-in routes: a policy may refuse the caller's role (GET /api/users as a member).
  if (spec.method !== 'get' || spec.access === 'user') errorStatuses.add(403);
  if (spec.conflict) errorStatuses.add(409);
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
          {
            description: ERROR_TEXT[s] ?? 'Error',
            content: {
              'application/json': { schema: s === 409 && spec.conflict ? spec.conflict : ErrorSchema },
            },
          },
        ]),
      ),
    },
  });
}
