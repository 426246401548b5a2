import { Router } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  CreateMeetingSchema,
  MeetingDtoSchema,
  MeetingListQuerySchema,
  MeetingParamsSchema,
  MeetingSummaryDtoSchema,
  UpdateMeetingSchema,
} from '@shared/schemas/meeting';
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { listMeetings, readMeeting } from '../features/meetings/queries';
import { editMeeting, recordMeeting } from '../features/meetings/commands';
import { meetingReportsRoutes } from './meetingReports';

const base = '/api/meetings';

export function meetingsRouter() {
  const router = Router();
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Meetings the caller may read, newest first',
      access: 'public',
      query: MeetingListQuerySchema,
      response: { status: 200, schema: listOf(MeetingSummaryDtoSchema) },
    },
    ({ viewer, query }) => listMeetings(viewer, query),
  );
  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Record a meeting (hosts)',
      access: 'user',
      body: CreateMeetingSchema,
      response: { status: 201, schema: MeetingDtoSchema },
      errors: [409],
    },
    ({ req, body }) => recordMeeting(actorOf(req), body),
  );
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:slug',
      summary: 'One meeting with its session report, presentations and decisions',
      access: 'public',
      params: MeetingParamsSchema,
      response: { status: 200, schema: MeetingDtoSchema },
      errors: [404],
    },
    ({ viewer, params }) => readMeeting(viewer, params.slug),
  );
  defineRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:slug',
      summary: 'Edit a meeting (hosts); a changed report becomes the next version',
      access: 'user',
      params: MeetingParamsSchema,
      body: UpdateMeetingSchema,
      response: { status: 200, schema: MeetingDtoSchema },
      errors: [404, 409],
    },
    ({ req, params, body }) => editMeeting(actorOf(req), params.slug, body),
  );
  meetingReportsRoutes(router, base);
  return router;
}
