import type { z } from 'zod';
import type { DocumentListQuerySchema } from '@shared/schemas/document';
import { ValidationError } from '../../errors';
import { documentReadFilter, type DocumentSubject } from '../../policies/document';
import { isHost, roleOf, type Viewer } from '../../policies/index';
import { readableVisibilities } from '@shared/roles';
import { documentGroup, type DocumentMeta, type Library } from './library';
import { queryTerms, snippetAround } from '../search/tokenize';
import { topK, topKByKeys } from '../search/topK';
import type { Hit, Matches, SlotFilter } from '../search/searchIndex';
import { ResultCache } from '../search/resultCache';

type Query = z.infer<typeof DocumentListQuerySchema>;

const subject = (m: DocumentMeta): DocumentSubject => ({
  visibility: m.view.visibility,
  archived: m.view.archived,
  ownerId: m.ownerId,
});

function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const decoded = /^[A-Za-z0-9_-]{1,12}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  if (!/^\d{1,7}$/.test(decoded))
    throw new ValidationError('cursor: Invalid cursor', { cursor: 'Invalid cursor' });
  return Number(decoded);
}

/**
 * The filter every result passes: readable by the viewer first, then the query's own filters.
 * Who may read what is a bit mask over the index's groups (visibility × archived); a function runs
 * per entry only when the query has more filters, or for an archive search by a non-host (owner check).
 */
function filterFor(viewer: Viewer, q: Query): SlotFilter<DocumentMeta> {
  const readable = documentReadFilter(viewer);
  let groups = 0;
  for (const visibility of readableVisibilities(roleOf(viewer)))
    groups |= 1 << documentGroup(visibility, q.archived);
  const extra =
    q.kind || q.meeting || q.organisation || q.tag || q.year || q.language || (q.archived && !isHost(viewer));
  if (!extra) return { groups };
  return {
    groups,
    test: (m: DocumentMeta) => {
      const v = m.view;
      // Archived documents appear only when asked for, and only to those who may see them.
      if (!readable(v.visibility, v.archived, m.ownerId)) return false;
      if (q.kind && v.kind !== q.kind) return false;
      if (q.meeting && v.meeting?.id !== q.meeting) return false;
      if (q.organisation && v.organisation?.id !== q.organisation) return false;
      if (q.tag && !v.tags.includes(q.tag)) return false;
      if (q.year && v.year !== q.year) return false;
      if (q.language && v.language !== q.language) return false;
      return true;
    },
  };
}

/** Sort keys, reused from query to query (ordering is synchronous): no allocation per query. */
const keys = { primary: new Float64Array(0), secondary: new Float64Array(0) };

/** Orders the matches: numeric keys (ascending) where possible, so no comparison allocates. */
function orderPage(matches: Matches<DocumentMeta>, sort: string, k: number): number[] {
  const n = matches.count;
  if (sort === 'title')
    return topK(n, k, (a, b) => matches.meta(a).titleKey.localeCompare(matches.meta(b).titleKey) || a - b);
  if (keys.primary.length < n) {
    keys.primary = new Float64Array(Math.max(n, keys.primary.length * 2));
    keys.secondary = new Float64Array(keys.primary.length);
  }
  const { primary, secondary } = keys;
  if (sort !== 'relevance') {
    matches.fillKeys(primary, 'time', sort === 'oldest' ? 1 : -1);
    return topKByKeys(n, k, primary);
  }
  matches.fillKeys(primary, 'score', -1);
  matches.fillKeys(secondary, 'time', -1);
  return topKByKeys(n, k, primary, secondary);
}

type Ordered = {
  hits: Hit<DocumentMeta>[];
  total: number;
  /** Snippets made so far for this query, by document id: a cached query reuses them. */
  snippets: Map<string, string | null>;
  /** The query terms, most telling first: snippets centre on the first one a text contains. */
  snippetTerms: string[];
};
/**
 * How many results an uncached query orders: two default pages, so "load more" is usually a cache hit
 * while the first page stays cheap (ordering costs grow with this depth); deeper pages order more.
 */
const CACHED_DEPTH = 40;
const resultCaches = new WeakMap<Library, ResultCache<Ordered>>();

/** Matches and orders the first `depth` results; queries that do not depend on who asks are cached. */
function orderedResults(
  library: Library,
  viewer: Viewer,
  q: Query,
  terms: string[],
  sort: string,
  depth: number,
): Ordered {
  // Without archived documents, what a viewer may read depends only on their role.
  const key = q.archived
    ? null
    : JSON.stringify([
        roleOf(viewer),
        terms,
        sort,
        q.kind,
        q.meeting,
        q.organisation,
        q.tag,
        q.year,
        q.language,
      ]);
  let cache = resultCaches.get(library);
  if (!cache) resultCaches.set(library, (cache = new ResultCache<Ordered>()));
  const version = library.index.version;
  const cached = key ? cache.get(key, version) : undefined;
  if (cached && (cached.hits.length >= depth || cached.hits.length === cached.total)) return cached;
  const filter = filterFor(viewer, q);
  const matches = terms.length ? library.index.search(terms, filter) : library.index.all(filter);
  const ordered = {
    hits: orderPage(matches, sort, Math.max(depth, CACHED_DEPTH)).map((i) => matches.hit(i)),
    total: matches.count,
    snippets: new Map<string, string | null>(),
    snippetTerms: terms.length > 1 ? library.index.rarestFirst(terms) : terms,
  };
  if (key) cache.set(key, version, ordered);
  return ordered;
}

function snippetOf(ordered: Ordered, hit: Hit<DocumentMeta>) {
  let snippet = ordered.snippets.get(hit.id);
  if (snippet === undefined)
    ordered.snippets.set(hit.id, (snippet = snippetAround(hit.snippetText, ordered.snippetTerms)));
  return snippet;
}

/** One result: the indexed document, who may manage it, its snippet and its rounded score. */
interface SearchHit {
  meta: DocumentMeta;
  subject: DocumentSubject;
  snippet: string | null;
  score: number | null;
}

/** One page of results, ready to present. */
export interface SearchPage {
  hits: SearchHit[];
  nextCursor: string | null;
  /** Every match the viewer may read. */
  total: number;
}

/**
 * Searches and lists the library from the in-memory index: words match as prefixes in title,
 * description, tags and extracted text; results are ranked, filtered, sorted and paginated, and
 * never include a document the viewer may not read.
 */
export async function searchDocuments(library: Library, viewer: Viewer, q: Query): Promise<SearchPage> {
  await library.ready;
  const terms = q.q ? queryTerms(q.q) : [];
  const sort = q.sort ?? (terms.length ? 'relevance' : 'newest');
  const offset = decodeOffset(q.cursor);
  const ordered = orderedResults(library, viewer, q, terms, sort, offset + q.limit);
  const { total } = ordered;
  return {
    hits: ordered.hits.slice(offset, offset + q.limit).map((h) => ({
      meta: h.meta,
      subject: subject(h.meta),
      snippet: terms.length ? snippetOf(ordered, h) : null,
      score: terms.length ? Math.round(h.score * 100) / 100 : null,
    })),
    nextCursor: offset + q.limit < total ? Buffer.from(String(offset + q.limit)).toString('base64url') : null,
    total,
  };
}
