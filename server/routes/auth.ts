import { Router, type Request, type Response } from 'express';
import passport from 'passport';
import type { LimiterFactory } from '../middlewares/rateLimit';
import {
  ChangePasswordSchema,
  LoginSchema,
  MeResponseSchema,
  SessionResponseSchema,
} from '@shared/schemas/auth';
import { UpdateProfileSchema } from '@shared/schemas/user';
import type { Config } from '../config';
import { defineRoute } from '../openapi/defineRoute';
import { UnauthenticatedError } from '../errors';
import { actorOf, runMiddleware, sessionHandle } from './context';
import { currentSession, myAccount } from '../features/accounts/queries';
import {
  changeOwnPassword,
  completeSignIn,
  editProfile,
  signOut,
} from '../features/accounts/accountCommands';

const base = '/api/auth';

/** The password check of passport-local (the throttled authenticator); it reads the request body. */
const checkPassword = (req: Request, res: Response) =>
  new Promise<Express.User>((resolve, reject) => {
    passport.authenticate('local', { session: false }, (err: unknown, user: Express.User | false) => {
      if (err) return reject(err as Error);
      if (!user) return reject(new UnauthenticatedError('Email or password is incorrect'));
      resolve(user);
    })(req, res, reject);
  });

export function authRouter(config: Config, limiter: LimiterFactory) {
  const router = Router();
  const perIp = limiter('login', {
    windowMs: 15 * 60_000,
    limit: config.login.ipLimitPer15Min,
    message: 'Too many sign-in attempts from this address. Try again later.',
    retryAfterS: 900,
  });

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/login',
      summary: 'Sign in with email and password',
      access: 'public',
      body: LoginSchema,
      response: { status: 200, schema: MeResponseSchema },
      errors: [401, 429],
    },
    async ({ req, res }) => {
      await runMiddleware(perIp, req, res);
      return completeSignIn(await checkPassword(req, res), req.ip, sessionHandle(req, res));
    },
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/logout',
      summary: 'Sign out and end the session',
      access: 'public',
      response: { status: 204, schema: null },
    },
    ({ viewer, req, res }) => signOut(viewer, sessionHandle(req, res)),
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/me',
      summary: 'The signed-in user',
      access: 'user',
      response: { status: 200, schema: MeResponseSchema },
    },
    ({ viewer, res }) => {
      res.set('Cache-Control', 'no-store');
      return myAccount(viewer);
    },
  );

  // What the client asks on every page load: anonymous visitors get 200 {user: null}, so their
  // browser logs no failed request (GET /me keeps its 401 for API clients that rely on it).
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/session',
      summary: 'The signed-in user, or null for an anonymous visitor',
      access: 'public',
      response: { status: 200, schema: SessionResponseSchema },
    },
    ({ viewer, res }) => {
      res.set('Cache-Control', 'no-store');
      return currentSession(viewer);
    },
  );

  defineRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/me',
      summary: 'Edit your own profile',
      access: 'user',
      body: UpdateProfileSchema,
      response: { status: 200, schema: MeResponseSchema },
    },
    ({ req, body }) => editProfile(actorOf(req), body),
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/password',
      summary: 'Change your password (ends your other sessions)',
      access: 'user',
      body: ChangePasswordSchema,
      response: { status: 200, schema: MeResponseSchema },
      errors: [403, 429],
    },
    ({ req, res, body }) => changeOwnPassword(actorOf(req), body, config, sessionHandle(req, res)),
  );
  return router;
}
