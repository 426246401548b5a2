import { Router, type Request } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  CreateMeetingSchema,
  MeetingDtoSchema,
  MeetingListQuerySchema,
  MeetingParamsSchema,
  MeetingSummaryDtoSchema,
  UpdateMeetingSchema,
} from '@shared/schemas/meeting';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { valid } from '../middlewares/validate';
import { Meeting } from '../models/Meeting';
import { paginate } from '../lib/pagination';
import { createMeeting, loadMeeting, meetingView, updateMeeting } from '../features/meetings/meetings';
import { presentMeetingSummary } from '../features/meetings/meetingPresenter';
import { authorize, visibilityFilter } from '../policies';
import { canManageMeetings, canReadMeeting } from '../policies/meeting';
import { meetingReportsRoutes } from './meetingReports';

const base = '/api/meetings';

/** Loads a meeting the caller may read; anything else is a 404 so its existence is not revealed. */
export async function readableMeeting(req: Request) {
  const meeting = await loadMeeting(valid(req, MeetingParamsSchema, 'params').slug);
  authorize(canReadMeeting(req.user, meeting), req.user, { hide: 'Meeting' });
  return meeting;
}

export function meetingsRouter() {
  const router = Router();
  defineLegacyRoute(
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
    async (req, res) => {
      const q = valid(req, MeetingListQuerySchema, 'query');
      const filter: Record<string, unknown> = { ...visibilityFilter(req.user) };
      if (q.year)
        filter.startsAt = {
          $gte: new Date(Date.UTC(q.year, 0, 1)),
          $lt: new Date(Date.UTC(q.year + 1, 0, 1)),
        };
      const page = await paginate(
        Meeting,
        filter,
        { field: 'startsAt', direction: -1, limit: q.limit, cursor: q.cursor },
        { report: 0 },
      );
      res.json({ items: page.items.map(presentMeetingSummary), nextCursor: page.nextCursor });
    },
  );
  defineLegacyRoute(
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
    async (req, res) => {
      authorize(canManageMeetings(req.user), req.user);
      const meeting = await createMeeting(valid(req, CreateMeetingSchema), actorOf(req));
      res.status(201).json(await meetingView(meeting, req.user));
    },
  );
  defineLegacyRoute(
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
    async (req, res) => {
      res.json(await meetingView(await readableMeeting(req), req.user));
    },
  );
  defineLegacyRoute(
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
    async (req, res) => {
      const meeting = await readableMeeting(req);
      authorize(canManageMeetings(req.user), req.user);
      const updated = await updateMeeting(meeting, valid(req, UpdateMeetingSchema), actorOf(req));
      res.json(await meetingView(updated, req.user));
    },
  );
  meetingReportsRoutes(router, base);
  return router;
}
