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
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { directoryStats, listOrganisations, readOrganisation } from '../features/organisations/queries';
import { addOrganisation, editOrganisation } from '../features/organisations/commands';

const base = '/api/organisations';
const SlugParams = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Invalid slug') });

/** The member directory: public reading, hosts add and edit organisations. */
export function organisationsRouter() {
  const router = Router();
  defineRoute(
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
    ({ viewer, query }) => listOrganisations(viewer, query),
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/stats',
      summary: 'Organisations by category, and the countries in the directory',
      access: 'public',
      response: { status: 200, schema: OrganisationStatsSchema },
    },
    ({ viewer }) => directoryStats(viewer),
  );

  defineRoute(
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
    ({ req, body }) => addOrganisation(actorOf(req), body),
  );

  defineRoute(
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
    ({ viewer, params }) => readOrganisation(viewer, params.slug),
  );

  defineRoute(
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
    ({ req, params, body }) => editOrganisation(actorOf(req), params.slug, body),
  );
  return router;
}
