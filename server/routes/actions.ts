import { Router } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  ActionDtoSchema,
  ActionIdParamsSchema,
  ActionListQuerySchema,
  CreateActionSchema,
  UpdateActionSchema,
} from '@shared/schemas/action';
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { listActions, readAction } from '../features/followUps/queries';
import { editAction, recordAction } from '../features/followUps/commands';

/** Follow-ups (action items): the board's list, one item, create and update. */
export function actionsRouter() {
  const router = Router();
  const base = '/api/actions';

  defineRoute(
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
    ({ viewer, query }) => listActions(viewer, query),
  );

  defineRoute(
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
    ({ req, body }) => recordAction(actorOf(req), body),
  );

  defineRoute(
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
    ({ viewer, params }) => readAction(viewer, params.id),
  );

  defineRoute(
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
    ({ req, params, body }) => editAction(actorOf(req), params.id, body),
  );
  return router;
}
