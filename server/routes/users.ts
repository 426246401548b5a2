import { Router } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  AdminUserDtoSchema,
  PasswordResetLinkSchema,
  UpdateUserSchema,
  UserIdParamsSchema,
  UserListQuerySchema,
} from '@shared/schemas/user';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { authorize } from '../policies';
import { canAdminister } from '../policies/admin';
import { User } from '../models/User';
import { paginate } from '../lib/pagination';
import { updateUser } from '../features/accounts/userAdmin';
import { issuePasswordReset } from '../features/accounts/passwordResets';
import { presentAdminUsers } from '../features/accounts/adminUserPresenter';
import { escapeRegex } from '../lib/text';
import { actorOf, publicOrigin } from './context';

const base = '/api/users';

export function usersRouter(config: Config) {
  const router = Router();

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Users with filters and search (host)',
      access: 'user',
      query: UserListQuerySchema,
      response: { status: 200, schema: listOf(AdminUserDtoSchema) },
    },
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const q = valid(req, UserListQuerySchema, 'query');
      const filter: Record<string, unknown> = {};
      if (q.role) filter.role = q.role;
      if (q.status) filter.status = q.status;
      if (q.organisation) filter.organisationId = q.organisation;
      if (q.q) {
        const re = { $regex: escapeRegex(q.q), $options: 'i' };
        filter.$or = [{ name: re }, { email: re }];
      }
      const page = await paginate(
        User,
        filter,
        { field: 'name', direction: 1, limit: q.limit, cursor: q.cursor },
        { passwordHash: 0 },
      );
      res.json({ items: await presentAdminUsers(page.items), nextCursor: page.nextCursor });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:id',
      summary: 'Change role, status (suspend/reactivate) or organisation (host)',
      access: 'user',
      params: UserIdParamsSchema,
      body: UpdateUserSchema,
      response: { status: 200, schema: AdminUserDtoSchema },
      errors: [404, 409],
    },
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const updated = await updateUser(
        valid(req, UserIdParamsSchema, 'params').id,
        valid(req, UpdateUserSchema),
        actorOf(req),
      );
      res.json((await presentAdminUsers([updated]))[0]);
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:id/password-reset',
      summary: 'Issue a one-time password-reset link (host)',
      access: 'user',
      params: UserIdParamsSchema,
      response: { status: 201, schema: PasswordResetLinkSchema },
      errors: [404],
    },
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const publicUrl = publicOrigin(req, config);
      res
        .status(201)
        .json(await issuePasswordReset(valid(req, UserIdParamsSchema, 'params').id, actorOf(req), publicUrl));
    },
  );
  return router;
}
