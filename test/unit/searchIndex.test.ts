import { SearchIndex } from '../../server/features/search/searchIndex';
import { queryTerms, snippetAround, tokenize } from '../../server/features/search/tokenize';
import { topK, topKByKeys } from '../../server/features/search/topK';
import type { Matches } from '../../server/features/search/searchIndex';

const hits = <M>(m: Matches<M>) => Array.from({ length: m.count }, (_, i) => m.hit(i));
const doc = (id: string, title: string, text = '', meta = { pub: true }) => ({
  id,
  title,
  tags: [],
  description: '',
  text,
  meta,
});

describe('SearchIndex', () => {
  it('matches word prefixes in any case and accent, and requires every term', () => {
    const idx = new SearchIndex<{ pub: boolean }>();
    idx.upsert(doc('a', 'Hotline reports', 'Time to removal in Réunion'));
    idx.upsert(doc('b', 'Payment channels', 'Hotlines and banks'));
    expect(
      hits(idx.search(queryTerms('hot'), () => true))
        .map((h) => h.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(hits(idx.search(queryTerms('REUNION'), () => true)).map((h) => h.id)).toEqual(['a']);
    expect(hits(idx.search(queryTerms('hotline removal'), () => true)).map((h) => h.id)).toEqual(['a']);
    expect(hits(idx.search(queryTerms('hotline zebra'), () => true))).toEqual([]);
  });

  it('ranks a title match above a body match and an exact word above a longer one', () => {
    const idx = new SearchIndex<{ pub: boolean }>();
    idx.upsert(doc('body', 'Other', 'indicator'));
    idx.upsert(doc('title', 'Indicator', ''));
    idx.upsert(doc('longer', 'Indicators', ''));
    const ranked = hits(idx.search(['indicator'], () => true)).sort((a, b) => b.score - a.score);
    expect(ranked.map((h) => h.id)).toEqual(['title', 'longer', 'body']);
  });

  it('applies the filter, replaces and removes documents, and survives compaction', () => {
    const idx = new SearchIndex<{ pub: boolean }>();
    idx.upsert(doc('secret', 'Alpha', '', { pub: false }));
    expect(hits(idx.search(['alpha'], (m) => m.pub))).toEqual([]);
    for (let i = 0; i < 1500; i++) idx.upsert(doc(`d${i % 10}`, `Gamma ${i}`, ''));
    idx.upsert(doc('secret', 'Beta', '', { pub: true }));
    expect(idx.size).toBe(11);
    expect(hits(idx.search(['alpha'], () => true))).toEqual([]);
    expect(hits(idx.search(['beta'], () => true)).map((h) => h.id)).toEqual(['secret']);
    expect(hits(idx.search(['gamma'], () => true))).toHaveLength(10);
    expect(hits(idx.search(['1499'], () => true)).map((h) => h.id)).toEqual(['d9']);
    idx.remove('d9');
    expect(hits(idx.search(['1499'], () => true))).toEqual([]);
    expect(hits(idx.all(() => true))).toHaveLength(10);
  });
});

describe('tokenize and snippets', () => {
  it('splits on non-letters and drops single letters from documents', () => {
    expect(tokenize('Child-safety: 10 hotlines, a Réseau!')).toEqual([
      'child',
      'safety',
      '10',
      'hotlines',
      'reseau',
    ]);
  });

  it('cuts a readable snippet around the first match', () => {
    const text = `${'lorem '.repeat(40)}the Darknets are hard to measure ${'ipsum '.repeat(60)}`;
    const s = snippetAround(text, ['darkn'])!;
    expect(s).toMatch(/^….*the Darknets are hard to measure.*…$/);
    expect(s.length).toBeLessThan(260);
    expect(snippetAround(text, ['zebra'])).toBeNull();
  });
});

describe('topK', () => {
  it('returns the first k positions in order, like a full sort would', () => {
    const xs = Array.from({ length: 500 }, (_, i) => (i * 7919) % 503);
    const byValue = (a: number, b: number) => xs[a]! - xs[b]! || a - b;
    const full = xs.map((_, i) => i).sort(byValue);
    expect(topK(xs.length, 10, byValue)).toEqual(full.slice(0, 10));
    expect(topK(xs.length, 1000, byValue)).toEqual(full);
    expect(topK(xs.length, 0, byValue)).toEqual([]);
  });

  it('orders by numeric keys with a tie-breaker', () => {
    const primary = Float64Array.from([3, 1, 2, 1]);
    const secondary = Float64Array.from([0, 9, 0, 5]);
    expect(topKByKeys(4, 3, primary, secondary)).toEqual([3, 1, 2]);
  });
});

describe('documentReadFilter', () => {
  it('agrees with canReadDocument for every viewer and document', async () => {
    const { Types } = await import('mongoose');
    const { canReadDocument, documentReadFilter } = await import('../../server/policies/document');
    const owner = new Types.ObjectId();
    const viewers = [
      null,
      ...(['observer', 'member', 'host'] as const).flatMap((role) => [
        { _id: owner, role, organisationId: null, status: 'active' as const },
        { _id: new Types.ObjectId(), role, organisationId: null, status: 'active' as const },
      ]),
    ];
    for (const viewer of viewers) {
      const fast = documentReadFilter(viewer);
      for (const visibility of ['public', 'members', 'hosts'] as const) {
        for (const archived of [false, true]) {
          const doc = { visibility, archived, ownerId: String(owner) };
          expect(fast(visibility, archived, doc.ownerId)).toBe(canReadDocument(viewer, doc));
        }
      }
    }
  });
});

describe('SearchIndex prefix cache', () => {
  it('answers repeated and multi-word queries the same as fresh ones, and forgets on change', () => {
    const idx = new SearchIndex<{ pub: boolean }>();
    idx.upsert(doc('a', 'hotline removal'));
    idx.upsert(doc('b', 'hotline payments'));
    const ids = (q: string) =>
      hits(idx.search(queryTerms(q), () => true))
        .map((h) => h.id)
        .sort();
    expect(ids('hot')).toEqual(['a', 'b']);
    expect(ids('hot rem')).toEqual(['a']);
    expect(ids('hot')).toEqual(['a', 'b']); // the cached "hot" scores were not changed by the AND
    idx.upsert(doc('c', 'hotel'));
    expect(ids('hot')).toEqual(['a', 'b', 'c']);
    idx.remove('a');
    expect(ids('hot rem')).toEqual([]);
  });
});

describe('snippet choice', () => {
  it('centres on the first term of the list that occurs, and the index lists the rarest first', () => {
    const text = `indicators indicators ${'filler '.repeat(60)} the Darknets matter ${'filler '.repeat(60)} indicators`;
    expect(snippetAround(text, ['darknets', 'indicators'])).toContain('the Darknets matter');
    expect(snippetAround(text, ['indicators', 'darknets'])).toMatch(/^indicators indicators filler/);
    expect(snippetAround(text, ['zebra', 'darknets'])).toContain('the Darknets matter');
    const idx = new SearchIndex<{ pub: boolean }>();
    idx.upsert(doc('a', 'indicators of darknets'));
    idx.upsert(doc('b', 'indicators'));
    idx.upsert(doc('c', 'indicator drafts'));
    expect(idx.rarestFirst(['indicator', 'darknets'])).toEqual(['darknets', 'indicator']);
    expect(idx.rarestFirst(['zebra', 'indicator'])).toEqual(['zebra', 'indicator']);
  });

  it('finds a word start across the 4 kB chunks it lower-cases, but not inside a word', () => {
    const pad = 'x'.repeat(4094);
    expect(snippetAround(`${pad} Darknets here`, ['darknets'])).toContain('Darknets here');
    expect(snippetAround(`${pad}xxDarknets inside a word`, ['darknets'])).toBeNull();
    expect(snippetAround(`${'y '.repeat(2048)}Darknets at a chunk start`, ['darknets'])).toContain(
      'Darknets at a chunk start',
    );
  });
});

describe('SearchIndex groups and times', () => {
  it('filters by group mask without a per-entry call, keeps groups on meta updates and compaction', () => {
    type M = { group: number; at: number };
    const idx = new SearchIndex<M>({ groupOf: (m) => m.group, timeOf: (m) => m.at });
    const add = (id: string, group: number, at: number) =>
      idx.upsert({ id, title: 'hotline', tags: [], description: '', text: '', meta: { group, at } });
    add('public', 0, 10);
    add('members', 1, 20);
    add('hosts', 2, 30);
    const ids = (m: ReturnType<typeof idx.search>) =>
      hits(m)
        .map((h) => h.id)
        .sort();
    expect(ids(idx.search(['hot'], { groups: 0b001 }))).toEqual(['public']);
    expect(ids(idx.search(['hot'], { groups: 0b011 }))).toEqual(['members', 'public']);
    expect(ids(idx.all({ groups: 0b110, test: (m) => m.at > 20 }))).toEqual(['hosts']);
    idx.updateMeta('hosts', { group: 0, at: 5 });
    const pub = idx.search(['hot'], { groups: 0b001 });
    expect(ids(pub)).toEqual(['hosts', 'public']);
    expect(Array.from({ length: pub.count }, (_, i) => pub.time(i)).sort()).toEqual([10, 5].sort());
    for (let i = 0; i < 1200; i++) add(`tmp${i % 3}`, 2, i); // replacements leave dead slots: compaction
    expect(ids(idx.search(['hot'], { groups: 0b001 }))).toEqual(['hosts', 'public']);
    expect(ids(idx.search(['hot'], { groups: 0b100 }))).toEqual(['tmp0', 'tmp1', 'tmp2']);
  });
});

describe('snippet matching', () => {
  it('matches at word starts only, in any case, including after non-ASCII letters', () => {
    expect(snippetAround('The Hotline works', ['hot'])).toContain('Hotline');
    expect(snippetAround('A photograph only', ['hot'])).toBeNull();
    expect(snippetAround('Éhot is not a word start; (hotline) is', ['hot'])).toContain('(hotline)');
    const long = `${'filler '.repeat(3000)}the darknets at the end`;
    expect(long.length).toBeGreaterThan(16 * 1024);
    expect(snippetAround(long, ['darknets'])).toContain('the darknets at the end');
    // 'İ' lower-cases to two characters: positions must still point into the original text.
    expect(snippetAround(`${'İ'.repeat(200)} darknets here`, ['darknets'])).toBe('…darknets here');
  });
});
