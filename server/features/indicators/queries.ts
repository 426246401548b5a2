import type { Types } from 'mongoose';
import type { z } from 'zod';
import type { List, PageQuery } from '@shared/schemas/common';
import type {
  DiffQuerySchema,
  IndicatorDiff,
  IndicatorDto,
  IndicatorListQuerySchema,
  IndicatorSummary,
  PositionsDto,
  RevisionSummary,
} from '@shared/schemas/indicator';
import { authorize, roleOf, type Viewer } from '../../policies/index';
import { canReadIndicator, canReadPositions, indicatorAbilities } from '../../policies/indicator';
import type { IndicatorRecord } from '../../models/Indicator';
import { onEveryInstance } from '../../events';
import { ReadCache } from '../../lib/readCache';
import {
  indicatorRefs,
  latestRevision,
  listIndicators,
  loadIndicator,
  loadRevision,
  revisionPage,
  viewerOrganisation,
} from './indicators';
import { positionStanding } from './indicatorPositions';
import { diffFields } from './indicatorDiff';
import { presentIndicator, presentRevisionSummary, presentSummary } from './indicatorPresenter';
import { presentPositions } from './positionsPresenter';

/** An indicator the viewer may read; anything else is a 404, so its existence does not leak. */
export async function readableIndicator(viewer: Viewer, code: string): Promise<IndicatorRecord> {
  const ind = await loadIndicator(code);
  authorize(canReadIndicator(viewer, ind), viewer, { hide: 'Indicator' });
  return ind;
}

/** The full indicator as this viewer sees it: its latest revision, names, and what they may do. */
export async function indicatorView(viewer: Viewer, ind: IndicatorRecord): Promise<IndicatorDto> {
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
    viewerOrganisation(viewer),
  ]);
  return presentIndicator(ind, latest, refs, indicatorAbilities(viewer, ind, org));
}

export async function readIndicator(viewer: Viewer, code: string): Promise<IndicatorDto> {
  return indicatorView(viewer, await readableIndicator(viewer, code));
}

/** One page of the catalogue as summaries, with their custodians and (optionally) last authors named. */
export async function cataloguePage(
  viewer: Viewer,
  q: z.infer<typeof IndicatorListQuerySchema>,
  { authors = true } = {},
): Promise<List<IndicatorSummary>> {
  const page = await listIndicators(viewer, q);
  const refs = await indicatorRefs(
    authors ? page.items.map((i) => i.lastRevisedBy) : [],
    page.items.map((i) => i.custodianId),
  );
  return { items: page.items.map((i) => presentSummary(i, refs)), nextCursor: page.nextCursor };
}

/**
 * Catalogue pages as answered, per role and query (the page shows nothing else of the reader):
 * dropped when this process writes an indicator, an account or an organisation; writes on other
 * instances show within two seconds.
 */
const cataloguePages = new ReadCache<List<IndicatorSummary>>();
onEveryInstance('entity.changed', ({ kind }) => kind === 'indicator' && cataloguePages.invalidate());
onEveryInstance('user.changed', () => cataloguePages.invalidate());
onEveryInstance('organisation.changed', () => cataloguePages.invalidate());

/** The catalogue: indicators the viewer may read, by code, filtered and searched. */
export function listCatalogue(
  viewer: Viewer,
  q: z.infer<typeof IndicatorListQuerySchema>,
): Promise<List<IndicatorSummary>> {
  // The page depends on the reader's role only: readers of one role share it (features/discussions/readCache).
  return cataloguePages.get(`${roleOf(viewer)}|${JSON.stringify(q)}`, () => cataloguePage(viewer, q));
}

/** An indicator's revisions, newest first (author, note, changed fields). */
export async function listRevisions(
  viewer: Viewer,
  code: string,
  q: PageQuery,
): Promise<List<RevisionSummary>> {
  const ind = await readableIndicator(viewer, code);
  const page = await revisionPage(ind._id, q);
  const refs = await indicatorRefs(
    page.items.map((r) => r.authorId),
    [],
  );
  return { items: page.items.map((r) => presentRevisionSummary(r, refs)), nextCursor: page.nextCursor };
}

/** A field-by-field, word-level diff between two revisions (the custodian by name). */
export async function diffRevisions(
  viewer: Viewer,
  code: string,
  q: z.infer<typeof DiffQuerySchema>,
): Promise<IndicatorDiff> {
  const ind = await readableIndicator(viewer, code);
  const [from, to] = await Promise.all([loadRevision(ind._id, q.from), loadRevision(ind._id, q.to)]);
  const refs = await indicatorRefs(
    [from.authorId, to.authorId],
    [from.fields.custodianId, to.fields.custodianId],
  );
  const orgName = (id: string) => refs.organisations.get(id)?.name ?? 'Unknown organisation';
  return {
    from: presentRevisionSummary(from, refs),
    to: presentRevisionSummary(to, refs),
    fields: diffFields(from.fields, to.fields, orgName),
  };
}

/** The positions of the latest round with their summary; `viewerOrg`'s own position as `mine`. */
export async function positionsView(
  ind: IndicatorRecord,
  quorum: number,
  viewerOrg: Types.ObjectId | null,
): Promise<PositionsDto> {
  const standing = await positionStanding(ind, quorum);
  // Member organisations are read with the standing already; only the others' names are looked up.
  const memberIds = new Set(standing.members.map((m) => String(m._id)));
  const refs = await indicatorRefs(
    standing.positions.map((p) => p.recordedBy),
    standing.positions.map((p) => p.organisationId).filter((id) => !memberIds.has(String(id))),
  );
  for (const m of standing.members)
    refs.organisations.set(String(m._id), { name: m.name, slug: m.slug, category: m.category });
  return presentPositions(ind, standing, refs, viewerOrg);
}

/** Positions in the latest consultation, for signed-in readers of the indicator. */
export async function readPositions(
  viewer: Express.User,
  code: string,
  quorum: number,
): Promise<PositionsDto> {
  const ind = await readableIndicator(viewer, code);
  authorize(canReadPositions(viewer, ind), viewer);
  return positionsView(ind, quorum, viewer.organisationId);
}
