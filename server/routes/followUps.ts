import { Router } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  FollowUpDtoSchema,
  FollowUpIdParamsSchema,
  FollowUpListQuerySchema,
  CreateFollowUpSchema,
  UpdateFollowUpSchema,
} from '@shared/schemas/followUp';
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { listFollowUps, readFollowUp } from '../features/followUps/queries';
import { editFollowUp, recordFollowUp } from '../features/followUps/commands';

/** Follow-ups (action items): the board's list, one item, create and update. */
export function followUpsRouter() {
  const router = Router();
  const base = '/api/follow-ups';

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Follow-ups the caller may read, by due date; filters for “mine”, my organisation, overdue',
      access: 'user',
      query: FollowUpListQuerySchema,
      response: { status: 200, schema: listOf(FollowUpDtoSchema) },
    },
    ({ viewer, query }) => listFollowUps(viewer, query),
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Record a follow-up, from a meeting or on its own (members and hosts)',
      access: 'user',
      body: CreateFollowUpSchema,
      response: { status: 201, schema: FollowUpDtoSchema },
    },
    ({ req, body }) => recordFollowUp(actorOf(req), body),
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id',
      summary: 'One follow-up',
      access: 'user',
      params: FollowUpIdParamsSchema,
      response: { status: 200, schema: FollowUpDtoSchema },
      errors: [404],
    },
    ({ viewer, params }) => readFollowUp(viewer, params.id),
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
      params: FollowUpIdParamsSchema,
      body: UpdateFollowUpSchema,
      response: { status: 200, schema: FollowUpDtoSchema },
      errors: [404],
    },
    ({ req, params, body }) => editFollowUp(actorOf(req), params.id, body),
  );
  return router;
}
