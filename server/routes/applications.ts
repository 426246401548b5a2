import { Router } from 'express';
import type { LimiterFactory } from '../middlewares/rateLimit';
import { z } from 'zod';
import { listOf, ObjectIdSchema } from '@shared/schemas/common';
import {
  ApplicationDtoSchema,
  ApplicationListQuerySchema,
  ApprovedApplicationSchema,
  RejectApplicationSchema,
  SubmitApplicationSchema,
  SubmittedApplicationSchema,
} from '@shared/schemas/application';
import type { Config } from '../config';
import { defineRoute } from '../openapi/defineRoute';
import { clientIp } from '../middlewares/auth';
import type { Mailer } from '../features/email/mailer';
import { listApplications } from '../features/accounts/queries';
import { applyToJoin, approveMembership, rejectMembership } from '../features/accounts/applicationCommands';
import { actorOf, invitationDelivery, runMiddleware } from './context';

const base = '/api/applications';
const IdParams = z.strictObject({ id: ObjectIdSchema });

/** Membership applications: anyone applies, hosts review (approving invites the contact). */
export function applicationsRouter(config: Config, mailer: Mailer, limiter: LimiterFactory) {
  const router = Router();
  const perIp = limiter('apply', {
    windowMs: 60 * 60_000,
    limit: config.applyIpLimitPerHour,
    message: 'Too many applications from this address. Try again in an hour.',
    retryAfterS: 3600,
  });

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Apply to join the coalition (public, rate-limited)',
      access: 'public',
      body: SubmitApplicationSchema,
      response: { status: 201, schema: SubmittedApplicationSchema },
      errors: [409, 429],
    },
    async ({ req, res, body }) => {
      await runMiddleware(perIp, req, res);
      return applyToJoin(body, clientIp(req));
    },
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'The review queue, newest first (host)',
      access: 'user',
      query: ApplicationListQuerySchema,
      response: { status: 200, schema: listOf(ApplicationDtoSchema) },
    },
    ({ viewer, query }) => listApplications(viewer, query),
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:id/approve',
      summary: 'Approve: creates the organisation and invites the contact (host)',
      access: 'user',
      params: IdParams,
      response: { status: 200, schema: ApprovedApplicationSchema },
      errors: [404, 409],
    },
    ({ req, params }) => approveMembership(actorOf(req), params.id, invitationDelivery(req, config, mailer)),
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:id/reject',
      summary: 'Reject with a reason (host)',
      access: 'user',
      params: IdParams,
      body: RejectApplicationSchema,
      response: { status: 200, schema: ApplicationDtoSchema },
      errors: [404, 409],
    },
    ({ req, params, body }) => rejectMembership(actorOf(req), params.id, body.reason),
  );
  return router;
}
