import { Router, type NextFunction, type Request, type Response } from 'express';
import passport from 'passport';
import { rateLimit } from 'express-rate-limit';
import { ChangePasswordSchema, LoginSchema, MeResponseSchema } from '@shared/schemas/auth';
import { UpdateProfileSchema } from '@shared/schemas/user';
import { User, type UserRecord } from '../models/User';
import type { Config } from '../config';
import { defineRoute } from '../openapi/defineRoute';
import { currentUser, signInUser } from '../middlewares/auth';
import { valid } from '../middlewares/validate';
import { TooManyRequestsError, UnauthenticatedError } from '../errors';
import { changePassword } from '../services/authenticator';
import { recordAudit } from '../services/audit';
import { loadUserDto } from '../services/userDirectory';

const base = '/api/auth';

export function authRouter(config: Config) {
  const router = Router();
  const perIp = rateLimit({
    windowMs: 15 * 60_000,
    limit: config.login.ipLimitPer15Min,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new TooManyRequestsError('Too many sign-in attempts from this address. Try again later.', 900)),
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
          .then(() => loadUserDto(user))
          .then((dto) => res.json({ user: dto }), next);
      })(req, res, next);
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
    (req, res, next) => {
      req.logOut((err) => {
        if (err) return next(err);
        req.session.destroy(() => {
          res.clearCookie('cw.sid');
          res.status(204).end();
        });
      });
    },
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
    async (req, res) => {
      res.set('Cache-Control', 'no-store');
      res.json({ user: await loadUserDto(currentUser(req)) });
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
    },
    async (req, res) => {
      const body = valid(req, ChangePasswordSchema);
      const updated = await changePassword(
        String(currentUser(req)._id),
        body.currentPassword,
        body.newPassword,
        req.ip ?? null,
      );
      await signInUser(req, updated);
      res.json({ user: await loadUserDto(updated) });
    },
  );
  return router;
}
