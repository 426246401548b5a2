import { Router, type Request } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  ActionDtoSchema,
  ActionIdParamsSchema,
  ActionListQuerySchema,
  CreateActionSchema,
  UpdateActionSchema,
} from '@shared/schemas/action';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { currentUser } from '../middlewares/auth';
import { authorize } from '../policies';
import { canChangeActionVisibility, canCreateAction, canEditAction, canReadAction } from '../policies/action';
import { createAction, listActions, loadAction, presentActions, updateAction } from '../features/followUps/followUps';

/** Follow-ups (action items): the board's list, one item, create and update. */
export function actionsRouter() {
  const router = Router();
  const base = '/api/actions';
  const readable = async (req: Request) => {
    const item = await loadAction(valid(req, ActionIdParamsSchema, 'params').id);
    authorize(canReadAction(req.user, item), req.user, { hide: 'Follow-up' });
    return item;
  };
  const presentOne = async (req: Request, item: Parameters<typeof presentActions>[0][number]) =>
    (await presentActions([item], req.user))[0];

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Follow-ups the caller may read, by due date; filters for “mine”, my organisation, overdue',
      access: 'user',
      query: ActionListQuerySchema,
      response: { status: 200, schema: listOf(ActionDtoSchema) },
    },
    async (req, res) => {
      res.json(await listActions(currentUser(req), valid(req, ActionListQuerySchema, 'query')));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Record a follow-up, from a meeting or on its own (members and hosts)',
      access: 'user',
      body: CreateActionSchema,
      response: { status: 201, schema: ActionDtoSchema },
    },
    async (req, res) => {
      const input = valid(req, CreateActionSchema);
      authorize(canCreateAction(req.user, input.visibility), req.user);
      const item = await createAction(input, currentUser(req));
      res.status(201).json(await presentOne(req, item));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id',
      summary: 'One follow-up',
      access: 'user',
      params: ActionIdParamsSchema,
      response: { status: 200, schema: ActionDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      res.json(await presentOne(req, await readable(req)));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:id',
      summary:
        'Change a follow-up: status, assignee, due date… (assignee, owner organisation, creator, hosts)',
      access: 'user',
      params: ActionIdParamsSchema,
      body: UpdateActionSchema,
      response: { status: 200, schema: ActionDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      const item = await readable(req);
      authorize(canEditAction(req.user, item), req.user);
      const changes = valid(req, UpdateActionSchema);
      if (changes.visibility && changes.visibility !== item.visibility)
        authorize(canChangeActionVisibility(req.user), req.user);
      res.json(await presentOne(req, await updateAction(item, changes, currentUser(req))));
    },
  );
  return router;
}
