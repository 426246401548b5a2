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
import { defineRoute } from '../openapi/defineRoute';
import { listUsers } from '../features/accounts/queries';
import { changeUser, issueResetLink } from '../features/accounts/userAdminCommands';
import { actorOf, publicOrigin } from './context';

const base = '/api/users';

/** Account administration (hosts): the user list, role and status changes, password-reset links. */
export function usersRouter(config: Config) {
  const router = Router();

  defineRoute(
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
    ({ viewer, query }) => listUsers(viewer, query),
  );

  defineRoute(
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
    ({ req, params, body }) => changeUser(actorOf(req), params.id, body),
  );

  defineRoute(
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
    ({ req, params }) => issueResetLink(actorOf(req), params.id, publicOrigin(req, config)),
  );
  return router;
}
