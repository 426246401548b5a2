import { Router, type Request, type Response } from 'express';
import { listOf } from '@shared/schemas/common';
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
  SaveIndicatorSchema,
  TransitionSchema,
} from '@shared/schemas/indicator';
import { PageQuerySchema } from '@shared/schemas/common';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { valid } from '../middlewares/validate';
import { currentUser } from '../middlewares/auth';
import { authorize, roleOf, type Viewer } from '../policies';
import {
  canCreateIndicator,
  canEditIndicator,
  canReadIndicator,
  canReadPositions,
  canRecordPosition,
  indicatorAbilities,
} from '../policies/indicator';
import { requestLanguage } from '../i18n/requestLanguage';
import { Organisation } from '../models/Organisation';
import { IndicatorRevision, type IndicatorRevisionRecord } from '../models/IndicatorRevision';
import type { IndicatorRecord } from '../models/Indicator';
import { paginate } from '../lib/pagination';
import {
  cataloguePages,
  createIndicator,
  indicatorRefs,
  latestRevision,
  listIndicators,
  loadIndicator,
  loadRevision,
} from '../features/indicators/indicators';
import { saveRevision } from '../features/indicators/indicatorReviser';
import { changeStatus } from '../features/indicators/indicatorLifecycle';
import { changeVisibility } from '../features/indicators/indicatorVisibility';
import { positionsView, recordPosition } from '../features/indicators/indicatorPositions';
import { diffFields } from '../features/indicators/indicatorDiff';
import { catalogueCsv, indicatorJson, indicatorMarkdown } from '../features/indicators/indicatorExport';
import { presentIndicator, presentRevisionSummary, presentSummary } from '../features/indicators/indicatorPresenter';
import { registerExportRoutes } from './indicatorExports';
import { registerTranslationRoutes } from './indicatorTranslations';

const base = '/api/indicators';
const code = (req: Request) => valid(req, IndicatorCodeParamsSchema, 'params').code;

/** The caller's organisation, when it has one (positions and abilities depend on it). */
const viewerOrganisation = async (viewer: Viewer) =>
  viewer?.organisationId ? Organisation.findById(viewer.organisationId, { membership: 1 }).lean() : null;

/** Loads an indicator the caller may read; anything else is a 404 so its existence does not leak. */
export async function readableIndicator(req: Request) {
  const ind = await loadIndicator(code(req));
  authorize(canReadIndicator(req.user, ind), req.user, { hide: 'Indicator' });
  return ind;
}

/** The full DTO of an indicator for this caller. */
export async function presentFor(req: Request, ind: IndicatorRecord) {
  const latest = await latestRevision(ind._id);
  const [refs, org] = await Promise.all([
    indicatorRefs(
      [
        ind.lastRevisedBy,
        latest.authorId,
        ...ind.transitions.map((t) => t.by),
        ...(ind.translations ?? []).map((t) => t.translatedBy),
      ],
      [ind.custodianId, latest.fields.custodianId],
    ),
    viewerOrganisation(req.user),
  ]);
  return presentIndicator(ind, latest, refs, indicatorAbilities(req.user, ind, org));
}

/** Indicator catalogue, metadata revisions, diffs, lifecycle and consultation positions. */
export function indicatorsRouter(config: Config) {
  const router = Router();
  const send = async (req: Request, res: Response, ind: IndicatorRecord, status = 200) =>
    void res.status(status).json(await presentFor(req, ind));

  defineLegacyRoute(
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
    async (req, res) => {
      const q = valid(req, IndicatorListQuerySchema, 'query');
      // The page depends on the reader's role only: readers of one role share it (features/discussions/readCache).
      const body = await cataloguePages.get(`${roleOf(req.user)}|${JSON.stringify(q)}`, async () => {
        const page = await listIndicators(req.user, q);
        const refs = await indicatorRefs(
          page.items.map((i) => i.lastRevisedBy),
          page.items.map((i) => i.custodianId),
        );
        return { items: page.items.map((i) => presentSummary(i, refs)), nextCursor: page.nextCursor };
      });
      res.json(body);
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const input = valid(req, CreateIndicatorSchema);
      authorize(canCreateIndicator(req.user, input.visibility), req.user);
      // Written in the author's interface language unless the form says otherwise.
      const language = input.language ?? requestLanguage(req);
      await send(req, res, await createIndicator({ ...input, language }, actorOf(req)), 201);
    },
  );

  // Before /:code, which would otherwise take "export.csv" for a code.
  registerExportRoutes(router, base, config, {
    csv: async (req) => {
      const q = valid(req, PageQuerySchema.partial(), 'query');
      const items = [];
      let cursor: string | undefined = q.cursor;
      // The whole readable catalogue, page by page (it is small; the pages keep each query bounded).
      do {
        const page = await listIndicators(req.user, { limit: 100, cursor });
        const refs = await indicatorRefs(
          [],
          page.items.map((i) => i.custodianId),
        );
        items.push(...page.items.map((i) => presentSummary(i, refs)));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return catalogueCsv(items);
    },
    markdown: async (req) =>
      indicatorMarkdown(await presentFor(req, await readableIndicator(req)), config.publicUrl),
    json: async (req) => indicatorJson(await presentFor(req, await readableIndicator(req))),
  });

  defineLegacyRoute(
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
    async (req, res) => send(req, res, await readableIndicator(req)),
  );

  defineLegacyRoute(
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
      errors: [404, 409],
    },
    async (req, res) => {
      const ind = await readableIndicator(req);
      authorize(canEditIndicator(req.user, ind), req.user);
      await saveRevision(ind, valid(req, SaveIndicatorSchema), actorOf(req));
      await send(req, res, await loadIndicator(ind.code));
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const q = valid(req, PageQuerySchema, 'query');
      const page = await paginate(
        IndicatorRevision,
        { indicatorId: ind._id },
        { field: 'number', direction: -1, limit: q.limit, cursor: q.cursor },
        { fields: 0 },
      );
      const items = page.items as IndicatorRevisionRecord[];
      const refs = await indicatorRefs(
        items.map((r) => r.authorId),
        [],
      );
      res.json({ items: items.map((r) => presentRevisionSummary(r, refs)), nextCursor: page.nextCursor });
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const q = valid(req, DiffQuerySchema, 'query');
      const [from, to] = await Promise.all([loadRevision(ind._id, q.from), loadRevision(ind._id, q.to)]);
      const refs = await indicatorRefs(
        [from.authorId, to.authorId],
        [from.fields.custodianId, to.fields.custodianId],
      );
      const orgName = (id: string) => refs.organisations.get(id)?.name ?? 'Unknown organisation';
      res.json({
        from: presentRevisionSummary(from, refs),
        to: presentRevisionSummary(to, refs),
        fields: diffFields(from.fields, to.fields, orgName),
      });
    },
  );

  defineLegacyRoute(
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
      errors: [404, 409],
    },
    async (req, res) => {
      const ind = await readableIndicator(req);
      const input = valid(req, TransitionSchema);
      const updated = await changeStatus(ind, input, currentUser(req), actorOf(req), config.indicatorQuorum);
      await send(req, res, updated);
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const { visibility } = valid(req, IndicatorVisibilitySchema);
      await send(req, res, await changeVisibility(ind, visibility, currentUser(req), actorOf(req)));
    },
  );

  registerTranslationRoutes(router, base, { readable: readableIndicator, send });

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      authorize(canReadPositions(req.user, ind), req.user);
      res.json(await positionsView(ind, config.indicatorQuorum, currentUser(req).organisationId));
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const ind = await readableIndicator(req);
      const user = currentUser(req);
      const org = await viewerOrganisation(user);
      authorize(canRecordPosition(user, ind, org), user);
      await recordPosition(ind, user.organisationId!, valid(req, PositionInputSchema), actorOf(req));
      res.json(
        await positionsView(await loadIndicator(ind.code), config.indicatorQuorum, user.organisationId),
      );
    },
  );
  return router;
}
