import { Types } from 'mongoose';
import type { z } from 'zod';
import {
  INDICATOR_TEXT_FIELDS,
  type CreateIndicatorSchema,
  type IndicatorListQuerySchema,
} from '@shared/schemas/indicator';
import type { PageQuery } from '@shared/schemas/common';
import { Indicator, type IndicatorRecord, type TranslationRecord } from '../../models/Indicator';
import {
  IndicatorRevision,
  type IndicatorRevisionRecord,
  type RevisionFields,
} from '../../models/IndicatorRevision';
import { Organisation } from '../../models/Organisation';
import { User } from '../../models/User';
import { ConflictError, NotFoundError, ValidationError, isDuplicateKey, message } from '../../errors';
import { visibilityFilter, type Viewer } from '../../policies/index';
import { paginate } from '../../lib/pagination';
import { recordAudit } from '../audit/audit';
import { entityChanged } from '../../events';
import { escapeRegex } from '../../lib/text';
import { searchLine, searchQuery } from '../search/tokenize';
import { DEFAULT_LANGUAGE } from '@shared/i18n/languages';

/** Who writes, as the audit log records them. */
export type Actor = { _id: Types.ObjectId; ip?: string | null };

export async function loadIndicator(code: string): Promise<IndicatorRecord> {
  const ind = await Indicator.findOne({ code }).lean<IndicatorRecord>();
  if (!ind) throw new NotFoundError('Indicator');
  return ind;
}

/** The newest revision is the current text; the revisions collection is the source of truth. */
export async function latestRevision(indicatorId: Types.ObjectId): Promise<IndicatorRevisionRecord> {
  const r = await IndicatorRevision.findOne({ indicatorId })
    .sort({ number: -1 })
    .lean<IndicatorRevisionRecord>();
  if (!r) throw new NotFoundError('Revision');
  return r;
}

export async function loadRevision(indicatorId: Types.ObjectId, number: number) {
  const r = await IndicatorRevision.findOne({ indicatorId, number }).lean<IndicatorRevisionRecord>();
  if (!r) throw new NotFoundError(message('Revision {{number}} not found', { number }));
  return r;
}

/** One page of an indicator's revisions, newest first, without their texts. */
export async function revisionPage(indicatorId: Types.ObjectId, q: PageQuery) {
  const page = await paginate(
    IndicatorRevision,
    { indicatorId },
    { field: 'number', direction: -1, limit: q.limit, cursor: q.cursor },
    { fields: 0 },
  );
  return { items: page.items as IndicatorRevisionRecord[], nextCursor: page.nextCursor };
}

/** The viewer's organisation, when they have one (positions and abilities depend on its membership). */
export const viewerOrganisation = async (viewer: Viewer) =>
  viewer?.organisationId ? Organisation.findById(viewer.organisationId, { membership: 1 }).lean() : null;

/**
 * User and organisation names for presenters, one query per collection (the shape of the
 * presenters' IndicatorRefs).
 */
export async function indicatorRefs(userIds: unknown[], orgIds: unknown[]) {
  const ids = (list: unknown[]) => [...new Set(list.filter(Boolean).map(String))];
  const [users, orgs] = await Promise.all([
    ids(userIds).length ? User.find({ _id: { $in: ids(userIds) } }, { name: 1 }).lean() : [],
    ids(orgIds).length
      ? Organisation.find({ _id: { $in: ids(orgIds) } }, { name: 1, slug: 1, category: 1 }).lean()
      : [],
  ]);
  return {
    users: new Map(users.map((u) => [String(u._id), { name: u.name }])),
    organisations: new Map(
      orgs.map((o) => [String(o._id), { name: o.name, slug: o.slug, category: o.category }]),
    ),
  };
}

export async function assertOrganisation(id: string | null | undefined) {
  if (id && !(await Organisation.exists({ _id: id })))
    throw new ValidationError('custodianId: No such organisation', { custodianId: 'No such organisation' });
}

/**
 * Bump when searchLine or what indicatorSearchText takes in changes: records made with an older
 * value get a new search text at start (see backfillIndicatorSearch).
 */
export const INDICATOR_SEARCH_VERSION = 1;

/**
 * What the catalogue search matches: the code, title and definition, and each translation's title
 * and definition, one folded line each (a query never runs from one into the next).
 */
export function indicatorSearchText(
  code: string,
  fields: { title: string; definition?: string },
  translations: Pick<TranslationRecord, 'title' | 'definition'>[] = [],
): string {
  return [
    code,
    fields.title,
    fields.definition ?? '',
    ...translations.flatMap((t) => [t.title, t.definition ?? '']),
  ]
    .map(searchLine)
    .filter(Boolean)
    .join('\n');
}

/** The fields to $set with every write that changes an indicator's texts. */
export const searchFields = (...args: Parameters<typeof indicatorSearchText>) => ({
  searchText: indicatorSearchText(...args),
  searchVersion: INDICATOR_SEARCH_VERSION,
});

/**
 * Gives every indicator without an up-to-date search text one (records from before it existed, or
 * from an older INDICATOR_SEARCH_VERSION): one pass at start, repeated safely by every instance. A
 * record written meanwhile (its updatedAt moved) is left to that write, which set its own.
 */
export async function backfillIndicatorSearch(): Promise<number> {
  const stale = await Indicator.find(
    { searchVersion: { $ne: INDICATOR_SEARCH_VERSION } },
    { code: 1, title: 1, translations: 1, updatedAt: 1 },
  ).lean<IndicatorRecord[]>();
  let updated = 0;
  for (const ind of stale) {
    const latest = await IndicatorRevision.findOne({ indicatorId: ind._id }, { fields: 1 })
      .sort({ number: -1 })
      .lean<IndicatorRevisionRecord>();
    const fields = latest?.fields ?? { title: ind.title, definition: '' };
    const r = await Indicator.updateOne(
      { _id: ind._id, updatedAt: ind.updatedAt },
      { $set: searchFields(ind.code, fields, ind.translations ?? []) },
      { timestamps: false },
    );
    updated += r.modifiedCount;
  }
  return updated;
}

/**
 * The catalogue: readable indicators by code, filtered by status, tier, custodian and words. The
 * words are matched as typed (metacharacters are plain text), folded like the search text, anywhere
 * in it: "ДЕТЕЙ" finds "детей", "الإنترنت" finds "الانترنت", and Chinese, written without spaces,
 * is found as a substring. One regular expression per indicator, on one stored field.
 */
export async function listIndicators(viewer: Viewer, q: z.infer<typeof IndicatorListQuerySchema>) {
  const filter: Record<string, unknown> = { ...visibilityFilter(viewer) };
  if (q.status) filter.status = q.status;
  if (q.tier) filter.tier = q.tier;
  if (q.custodian) filter.custodianId = new Types.ObjectId(q.custodian);
  if (q.q) {
    const words = searchQuery(q.q);
    // Only marks (a lone vowel sign, a tatweel): nothing to look for.
    if (!words) return { items: [] as IndicatorRecord[], nextCursor: null };
    filter.searchText = { $regex: escapeRegex(words) };
  }
  return paginate(
    Indicator,
    filter,
    { field: 'code', direction: 1, limit: q.limit, cursor: q.cursor },
    { searchText: 0 },
  );
}

export const emptyTextFields = () =>
  Object.fromEntries(INDICATOR_TEXT_FIELDS.map((f) => [f, ''])) as Record<
    (typeof INDICATOR_TEXT_FIELDS)[number],
    string
  >;

/** Creates an indicator in `proposed` with its first revision. A taken code is a 409. */
export async function createIndicator(input: z.infer<typeof CreateIndicatorSchema>, actor: Actor) {
  await assertOrganisation(input.custodianId);
  const { code, visibility, note, language, ...given } = input;
  const fields: RevisionFields = {
    ...emptyTextFields(),
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
    title: input.title,
    tier: input.tier,
    custodianId: input.custodianId ? new Types.ObjectId(input.custodianId) : null,
  };
  const now = new Date();
  let ind;
  try {
    ind = await Indicator.create({
      code,
      title: fields.title,
      tier: fields.tier,
      custodianId: fields.custodianId,
      visibility,
      language: language ?? DEFAULT_LANGUAGE,
      ...searchFields(code, fields),
      status: 'proposed',
      currentRevision: 1,
      lastRevisedAt: now,
      lastRevisedBy: actor._id,
      createdBy: actor._id,
      transitions: [
        { from: null, to: 'proposed', by: actor._id, at: now, reason: note || 'Proposed', revision: 1 },
      ],
    });
  } catch (err) {
    if (isDuplicateKey(err))
      throw new ConflictError(message('An indicator with the code {{code}} already exists', { code }));
    throw err;
  }
  try {
    await IndicatorRevision.create({
      indicatorId: ind._id,
      number: 1,
      fields,
      authorId: actor._id,
      note: note || 'First draft',
      baseRevision: null,
      changedFields: [],
    });
  } catch (err) {
    // Without its first revision the indicator would be unreadable: take it back out.
    await Indicator.deleteOne({ _id: ind._id });
    throw err;
  }
  await recordAudit({
    actorId: actor._id,
    action: 'indicator.created',
    targetType: 'indicator',
    targetId: ind._id,
    ip: actor.ip,
    details: { code },
  });
  entityChanged('indicator', code, ind.visibility);
  return ind.toObject() as IndicatorRecord;
}
