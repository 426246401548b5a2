import { Router } from 'express';
import { z } from 'zod';
import { listOf } from '@shared/schemas/common';
import {
  CreateOrganisationSchema,
  OrganisationDetailDtoSchema,
  OrganisationDtoSchema,
  OrganisationListQuerySchema,
  OrganisationStatsSchema,
  UpdateOrganisationSchema,
} from '@shared/schemas/organisation';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { valid } from '../middlewares/validate';
import { clientIp, currentUser } from '../middlewares/auth';
import { Organisation, type OrganisationRecord } from '../models/Organisation';
import { User } from '../models/User';
import { NotFoundError } from '../errors';
import { paginate } from '../lib/pagination';
import { escapeRegex } from '../lib/text';
import { createOrganisation, organisationStats, updateOrganisation } from '../features/organisations/organisations';
import { presentOrganisation } from '../features/organisations/organisationPresenter';
import { authorize } from '../policies';
import {
  canListOrganisations,
  canManageOrganisations,
  canSeeOrganisationPeople,
} from '../policies/organisation';

const base = '/api/organisations';
const SlugParams = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Invalid slug') });

export function organisationsRouter() {
  const router = Router();
  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'The member directory, with filters',
      access: 'public',
      query: OrganisationListQuerySchema,
      response: { status: 200, schema: listOf(OrganisationDtoSchema) },
    },
    async (req, res) => {
      authorize(canListOrganisations(req.user), req.user);
      const q = valid(req, OrganisationListQuerySchema, 'query');
      const filter: Record<string, unknown> = {};
      if (q.category) filter.category = q.category;
      if (q.membership) filter.membership = q.membership;
      if (q.country) filter.country = q.country;
      if (q.q) filter.name = { $regex: escapeRegex(q.q), $options: 'i' };
      const page = await paginate(Organisation, filter, {
        field: 'name',
        direction: 1,
        limit: q.limit,
        cursor: q.cursor,
      });
      res.json({ items: page.items.map(presentOrganisation), nextCursor: page.nextCursor });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/stats',
      summary: 'Organisations by category, and the countries in the directory',
      access: 'public',
      response: { status: 200, schema: OrganisationStatsSchema },
    },
    async (req, res) => {
      authorize(canListOrganisations(req.user), req.user);
      res.json(await organisationStats());
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Create an organisation (host)',
      access: 'user',
      body: CreateOrganisationSchema,
      response: { status: 201, schema: OrganisationDtoSchema },
    },
    async (req, res) => {
      authorize(canManageOrganisations(req.user), req.user);
      const org = await createOrganisation(valid(req, CreateOrganisationSchema), {
        _id: currentUser(req)._id,
        ip: clientIp(req),
      });
      res.status(201).json(presentOrganisation(org));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:slug',
      summary: 'One organisation; signed-in readers also see its people',
      access: 'public',
      params: SlugParams,
      response: { status: 200, schema: OrganisationDetailDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      const { slug } = valid(req, SlugParams, 'params');
      const org = await Organisation.findOne({ slug }).lean<OrganisationRecord>();
      if (!org) throw new NotFoundError('Organisation');
      const people = canSeeOrganisationPeople(req.user)
        ? (
            await User.find({ organisationId: org._id, status: 'active' }, { name: 1, role: 1 })
              .sort({ name: 1 })
              .limit(200)
              .lean()
          ).map((u) => ({ id: String(u._id), name: u.name, role: u.role }))
        : null;
      res.json({ ...presentOrganisation(org), people });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:slug',
      summary: 'Edit an organisation or mark it a former member (host)',
      access: 'user',
      params: SlugParams,
      body: UpdateOrganisationSchema,
      response: { status: 200, schema: OrganisationDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      authorize(canManageOrganisations(req.user), req.user);
      const org = await updateOrganisation(
        valid(req, SlugParams, 'params').slug,
        valid(req, UpdateOrganisationSchema),
        actorOf(req),
      );
      res.json(presentOrganisation(org));
    },
  );
  return router;
}
