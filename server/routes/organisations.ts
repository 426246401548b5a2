import { Router } from 'express';
import { z } from 'zod';
import { listOf } from '@shared/schemas/common';
import { OrganisationDtoSchema, OrganisationListQuerySchema } from '@shared/schemas/organisation';
import { defineRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { Organisation, type OrganisationRecord } from '../models/Organisation';
import { NotFoundError } from '../errors';
import { paginate } from '../services/pagination';
import { presentOrganisation } from '../presenters/organisation';
import { authorize } from '../policies';
import { canListOrganisations } from '../policies/organisation';

const base = '/api/organisations';
const SlugParams = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Invalid slug') });
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function organisationsRouter() {
  const router = Router();
  defineRoute(
    router,
    base,
    { method: 'get', path: '/', summary: 'The member directory', access: 'public', query: OrganisationListQuerySchema, response: { status: 200, schema: listOf(OrganisationDtoSchema) } },
    async (req, res) => {
      authorize(canListOrganisations(req.user), req.user);
      const q = valid(req, OrganisationListQuerySchema, 'query');
      const filter: Record<string, unknown> = {};
      if (q.category) filter.category = q.category;
      if (q.membership) filter.membership = q.membership;
      if (q.q) filter.name = { $regex: escapeRegex(q.q), $options: 'i' };
      const page = await paginate(Organisation, filter, { field: 'name', direction: 1, limit: q.limit, cursor: q.cursor });
      res.json({ items: page.items.map(presentOrganisation), nextCursor: page.nextCursor });
    },
  );
  defineRoute(
    router,
    base,
    { method: 'get', path: '/:slug', summary: 'One organisation', access: 'public', params: SlugParams, response: { status: 200, schema: OrganisationDtoSchema }, errors: [404] },
    async (req, res) => {
      const { slug } = valid(req, SlugParams, 'params');
      const org = await Organisation.findOne({ slug }).lean<OrganisationRecord>();
      if (!org) throw new NotFoundError('Organisation');
      res.json(presentOrganisation(org));
    },
  );
  return router;
}
