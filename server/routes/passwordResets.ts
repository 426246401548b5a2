import { Router } from 'express';
import { MeResponseSchema } from '@shared/schemas/auth';
import { TokenParamsSchema } from '@shared/schemas/invitation';
import { CompletePasswordResetSchema, PasswordResetPreviewSchema } from '@shared/schemas/user';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { clientIp, signInUser } from '../middlewares/auth';
import { User } from '../models/User';
import { NotFoundError } from '../errors';
import { completePasswordReset, findUsableReset } from '../features/accounts/passwordResets';
import { loadUserDto } from '../features/accounts/userDirectory';

const base = '/api/password-resets';

export function passwordResetsRouter() {
  const router = Router();
  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:token',
      summary: 'Check a password-reset link (public, with the token)',
      access: 'public',
      params: TokenParamsSchema,
      response: { status: 200, schema: PasswordResetPreviewSchema },
      errors: [404, 410],
    },
    async (req, res) => {
      const reset = await findUsableReset(valid(req, TokenParamsSchema, 'params').token);
      const user = await User.findById(reset.userId, { email: 1 }).lean();
      if (!user) throw new NotFoundError('Password reset link');
      res.set('Cache-Control', 'no-store');
      res.json({ email: user.email, expiresAt: reset.expiresAt.toISOString() });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:token',
      summary: 'Set a new password with a one-time link; signs in',
      access: 'public',
      params: TokenParamsSchema,
      body: CompletePasswordResetSchema,
      response: { status: 200, schema: MeResponseSchema },
      errors: [404, 410],
    },
    async (req, res) => {
      const user = await completePasswordReset(
        valid(req, TokenParamsSchema, 'params').token,
        valid(req, CompletePasswordResetSchema).password,
        clientIp(req),
      );
      if (user.status === 'active') await signInUser(req, user);
      res.json({ user: await loadUserDto(user) });
    },
  );
  return router;
}
