import { Router } from 'express';
import { listOf, PageQuerySchema } from '@shared/schemas/common';
import {
  CreateIndicatorSchema,
  DiffQuerySchema,
  IndicatorCodeParamsSchema,
  IndicatorDiffSchema,
  IndicatorDtoSchema,
  IndicatorListQuerySchema,
  IndicatorSummarySchema,
  IndicatorVisibilitySchema,
  PositionInputSchema,
  PositionsDtoSchema,
  RevisionSummarySchema,
  SaveConflictSchema,
  SaveIndicatorSchema,
  TransitionConflictSchema,
  TransitionSchema,
} from '@shared/schemas/indicator';
import type { Config } from '../config';
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { requestLanguage } from '../i18n/requestLanguage';
import {
  diffRevisions,
  listCatalogue,
  listRevisions,
  readIndicator,
  readPositions,
} from '../features/indicators/queries';
import {
  changeIndicatorStatus,
  changeIndicatorVisibility,
  proposeIndicator,
  recordOrganisationPosition,
  reviseIndicator,
} from '../features/indicators/commands';
import { registerExportRoutes } from './indicatorExports';
import { registerTranslationRoutes } from './indicatorTranslations';

/** Indicator catalogue, metadata revisions, diffs, lifecycle and consultation positions. */
export function indicatorsRouter(config: Config) {
  const router = Router();
  const base = '/api/indicators';

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary:
        'The catalogue: indicators the caller may read, by code (?q= in code, title, definition and translations, any script; &status=&tier=&custodian=)',
      access: 'public',
      query: IndicatorListQuerySchema,
      response: { status: 200, schema: listOf(IndicatorSummarySchema) },
    },
    ({ viewer, query }) => listCatalogue(viewer, query),
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Propose an indicator with its first revision (members and hosts)',
      access: 'user',
      body: CreateIndicatorSchema,
      response: { status: 201, schema: IndicatorDtoSchema },
      errors: [409],
    },
    // Written in the author's interface language unless the form says otherwise.
    ({ req, body }) => proposeIndicator(actorOf(req), body, requestLanguage(req)),
  );

  // Before /:code, which would otherwise take "export.csv" for a code.
  registerExportRoutes(router, base, config);

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:code',
      summary: 'One indicator: current metadata, consultation, timeline and what the caller may do',
      access: 'public',
      params: IndicatorCodeParamsSchema,
      response: { status: 200, schema: IndicatorDtoSchema },
      errors: [404],
    },
    ({ viewer, params }) => readIndicator(viewer, params.code),
  );

  defineRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:code',
      summary: 'Save: appends a revision; 409 {latest} when baseRevision is not the latest',
      access: 'user',
      params: IndicatorCodeParamsSchema,
      body: SaveIndicatorSchema,
      response: { status: 200, schema: IndicatorDtoSchema },
      conflict: SaveConflictSchema,
      errors: [404],
    },
    ({ req, params, body }) => reviseIndicator(actorOf(req), params.code, body),
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:code/revisions',
      summary: 'Revisions, newest first (author, note, changed fields)',
      access: 'public',
      params: IndicatorCodeParamsSchema,
      query: PageQuerySchema,
      response: { status: 200, schema: listOf(RevisionSummarySchema) },
      errors: [404],
    },
    ({ viewer, params, query }) => listRevisions(viewer, params.code, query),
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:code/diff',
      summary: 'Field-by-field, word-level diff between two revisions',
      access: 'public',
      params: IndicatorCodeParamsSchema,
      query: DiffQuerySchema,
      response: { status: 200, schema: IndicatorDiffSchema },
      errors: [404],
    },
    ({ viewer, params, query }) => diffRevisions(viewer, params.code, query),
  );

  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:code/status',
      summary: 'Change status (hosts; members may take a proposal into drafting); recorded with a reason',
      access: 'user',
      params: IndicatorCodeParamsSchema,
      body: TransitionSchema,
      response: { status: 200, schema: IndicatorDtoSchema },
      conflict: TransitionConflictSchema,
      errors: [404],
    },
    ({ req, params, body }) => changeIndicatorStatus(actorOf(req), params.code, body, config.indicatorQuorum),
  );

  defineRoute(
    router,
    base,
    {
      method: 'put',
      path: '/:code/visibility',
      summary: 'Change who reads the indicator (hosts; the creator while proposed or drafting)',
      access: 'user',
      params: IndicatorCodeParamsSchema,
      body: IndicatorVisibilitySchema,
      response: { status: 200, schema: IndicatorDtoSchema },
      errors: [404, 409],
    },
    ({ req, params, body }) => changeIndicatorVisibility(actorOf(req), params.code, body.visibility),
  );

  registerTranslationRoutes(router, base);

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:code/positions',
      summary: 'Positions in the latest consultation, with a summary by constituency and quorum',
      access: 'user',
      params: IndicatorCodeParamsSchema,
      response: { status: 200, schema: PositionsDtoSchema },
      errors: [404],
    },
    ({ viewer, params }) => readPositions(viewer, params.code, config.indicatorQuorum),
  );

  defineRoute(
    router,
    base,
    {
      method: 'put',
      path: '/:code/positions',
      summary: 'Record or change your organisation’s position while the consultation is open',
      access: 'user',
      params: IndicatorCodeParamsSchema,
      body: PositionInputSchema,
      response: { status: 200, schema: PositionsDtoSchema },
      errors: [404, 409],
    },
    ({ req, params, body }) =>
      recordOrganisationPosition(actorOf(req), params.code, body, config.indicatorQuorum),
  );
  return router;
}
