import { Router, type Request } from 'express';
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
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { clientIp } from '../middlewares/auth';
import { authorize } from '../policies';
import { canAdminister } from '../policies/admin';
import { MembershipApplication } from '../models/MembershipApplication';
import { paginate } from '../lib/pagination';
import { approveApplication, rejectApplication, submitApplication } from '../features/accounts/applications';
import type { Mailer } from '../features/email/mailer';
import { invitationContext } from './context';
import { presentApplications } from '../features/accounts/applicationPresenter';
import { presentOrganisation } from '../features/organisations/organisationPresenter';

const base = '/api/applications';
const IdParams = z.strictObject({ id: ObjectIdSchema });

export function applicationsRouter(config: Config, mailer: Mailer, limiter: LimiterFactory) {
  const router = Router();
  const perIp = limiter('apply', {
    windowMs: 60 * 60_000,
    limit: config.applyIpLimitPerHour,
    message: 'Too many applications from this address. Try again in an hour.',
    retryAfterS: 3600,
  });
  const present = async (app: Parameters<typeof presentApplications>[0][number]) =>
    (await presentApplications([app]))[0]!;
  const ctx = (req: Request) => invitationContext(req, config, mailer);

  defineLegacyRoute(
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
    perIp,
    async (req, res) => {
      const created = await submitApplication(valid(req, SubmitApplicationSchema), clientIp(req));
      res.status(201).json({ id: String(created._id), status: 'pending' });
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const q = valid(req, ApplicationListQuerySchema, 'query');
      const page = await paginate(MembershipApplication, q.status ? { status: q.status } : {}, {
        field: 'createdAt',
        direction: -1,
        limit: q.limit,
        cursor: q.cursor,
      });
      res.json({ items: await presentApplications(page.items), nextCursor: page.nextCursor });
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const result = await approveApplication(valid(req, IdParams, 'params').id, ctx(req));
      res.json({
        application: await present(result.application),
        organisation: presentOrganisation(result.organisation),
        invitation: result.invitation,
      });
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const app = await rejectApplication(
        valid(req, IdParams, 'params').id,
        valid(req, RejectApplicationSchema).reason,
        ctx(req),
      );
      res.json(await present(app));
    },
  );
  return router;
}
