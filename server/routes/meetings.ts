import { Router } from 'express';
import { z } from 'zod';
import { listOf } from '@shared/schemas/common';
import { MeetingDtoSchema, MeetingListQuerySchema, MeetingSummaryDtoSchema } from '@shared/schemas/meeting';
import { defineRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { Meeting, type MeetingRecord } from '../models/Meeting';
import { Organisation, type OrganisationRecord } from '../models/Organisation';
import { paginate } from '../services/pagination';
import { presentMeeting, presentMeetingSummary } from '../presenters/meeting';
import { authorize, visibilityFilter } from '../policies';
import { canReadMeeting } from '../policies/meeting';
import { NotFoundError } from '../errors';

const base = '/api/meetings';
const SlugParams = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Invalid slug') });

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
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:slug',
      summary: 'One meeting with its session report',
      access: 'public',
      params: SlugParams,
      response: { status: 200, schema: MeetingDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      const { slug } = valid(req, SlugParams, 'params');
      const meeting = await Meeting.findOne({ slug }).lean<MeetingRecord>();
      // A meeting the caller may not read answers 404, so its existence is not revealed.
      if (!meeting) throw new NotFoundError('Meeting');
      authorize(canReadMeeting(req.user, meeting), req.user, { hide: 'Meeting' });
      const ids = [meeting.chairOrganisationId, ...meeting.participantIds].filter(Boolean);
      const orgs = await Organisation.find({ _id: { $in: ids } }).lean<OrganisationRecord[]>();
      res.json(presentMeeting(meeting, new Map(orgs.map((o) => [String(o._id), o]))));
    },
  );
  return router;
}
