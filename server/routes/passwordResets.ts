import { Router } from 'express';
import { MeResponseSchema } from '@shared/schemas/auth';
import { TokenParamsSchema } from '@shared/schemas/invitation';
import { CompletePasswordResetSchema, PasswordResetPreviewSchema } from '@shared/schemas/user';
import { defineRoute } from '../openapi/defineRoute';
import { clientIp } from '../middlewares/auth';
import { previewPasswordReset } from '../features/accounts/queries';
import { resetPassword } from '../features/accounts/accountCommands';
import { sessionHandle } from './context';

const base = '/api/password-resets';

/** One-time password-reset links (a host issues them): check one, then set a new password with it. */
export function passwordResetsRouter() {
  const router = Router();
  defineRoute(
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
    async ({ params, res }) => {
      const preview = await previewPasswordReset(params.token);
      res.set('Cache-Control', 'no-store');
      return preview;
    },
  );

  defineRoute(
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
    ({ req, res, params, body }) =>
      resetPassword(params.token, body.password, clientIp(req), sessionHandle(req, res)),
  );
  return router;
}
