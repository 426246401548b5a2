import { Router, type NextFunction, type Request, type Response } from 'express';
import passport from 'passport';
import type { LimiterFactory } from '../middlewares/rateLimit';
import {
  ChangePasswordSchema,
  LoginSchema,
  MeResponseSchema,
  SessionResponseSchema,
} from '@shared/schemas/auth';
import { UpdateProfileSchema } from '@shared/schemas/user';
import { User, type UserRecord } from '../models/User';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { currentUser, signInUser } from '../middlewares/auth';
import { valid } from '../middlewares/validate';
import { UnauthenticatedError } from '../errors';
import { changePassword } from '../features/accounts/authenticator';
import { recordAudit } from '../features/audit/audit';
import { loadUserDto, loadUserDtoById } from '../features/accounts/userDirectory';
import { appEvents } from '../events';

const base = '/api/auth';

export function authRouter(config: Config, limiter: LimiterFactory) {
  const router = Router();
  const perIp = limiter('login', {
    windowMs: 15 * 60_000,
    limit: config.login.ipLimitPer15Min,
    message: 'Too many sign-in attempts from this address. Try again later.',
    retryAfterS: 900,
  });

  defineLegacyRoute(
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
    perIp,
    (req: Request, res: Response, next: NextFunction) => {
      passport.authenticate('local', { session: false }, (err: unknown, user: Express.User | false) => {
        if (err) return next(err);
        if (!user) return next(new UnauthenticatedError('Email or password is incorrect'));
        signInUser(req, user)
          .then(() =>
            recordAudit({
              actorId: user._id,
              action: 'login.succeeded',
              targetType: 'user',
              targetId: user._id,
              ip: req.ip,
            }),
          )
          .then(() => loadUserDtoById(user._id))
          .then((dto) => res.json({ user: dto }), next);
      })(req, res, next);
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/logout',
      summary: 'Sign out and end the session',
      access: 'public',
      response: { status: 204, schema: null },
    },
    (req, res, next) => {
      // passport's logOut destroys this session (it regenerates the id): its sockets go too.
      const ended = req.user ? req.sessionID : null;
      req.logOut((err) => {
        if (err) return next(err);
        if (ended) appEvents.emit('session.ended', ended);
        req.session.destroy(() => {
          res.clearCookie('cw.sid');
          res.status(204).end();
        });
      });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/me',
      summary: 'The signed-in user',
      access: 'user',
      response: { status: 200, schema: MeResponseSchema },
    },
    async (req, res) => {
      res.set('Cache-Control', 'no-store');
      res.json({ user: await loadUserDto(currentUser(req)) });
    },
  );

  // What the client asks on every page load: anonymous visitors get 200 {user: null}, so their
  // browser logs no failed request (GET /me keeps its 401 for API clients that rely on it).
  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/session',
      summary: 'The signed-in user, or null for an anonymous visitor',
      access: 'public',
      response: { status: 200, schema: SessionResponseSchema },
    },
    async (req, res) => {
      res.set('Cache-Control', 'no-store');
      res.json({ user: req.user ? await loadUserDto(req.user) : null });
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const { name } = valid(req, UpdateProfileSchema);
      const updated = await User.findOneAndUpdate(
        { _id: currentUser(req)._id },
        { $set: { name } },
        { returnDocument: 'after' },
      ).lean<UserRecord>();
      res.json({ user: await loadUserDto(updated!) });
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const body = valid(req, ChangePasswordSchema);
      const from = req.sessionID;
      const updated = await changePassword(
        currentUser(req)._id,
        body.currentPassword,
        body.newPassword,
        req.ip ?? null,
        config,
      );
      // This session goes on under a new id (and the new version); every other one ends, sockets too.
      let to: string | null = null;
      try {
        await signInUser(req, updated);
        to = req.sessionID;
      } finally {
        appEvents.emit('user.other-sessions-revoked', String(updated._id), { from, to });
      }
      res.json({ user: await loadUserDto(updated) });
    },
  );
  return router;
}
