import { SearchIndex } from '../server/services/search/searchIndex';
import { listDocuments } from '../server/services/documentSearch';
import type { DocumentMeta, Library } from '../server/services/library';

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vor', 'pel', 'din', 'qua', 'zo', 'bri'];
const VOCAB = ['hotline', 'removal', 'indicator', 'victim', 'report', ...Array.from({ length: 20_000 }, () =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''))];
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 2)]!;
const words = (n: number) => Array.from({ length: n }, word).join(' ');
const index = new SearchIndex<DocumentMeta>();
let t = performance.now();
for (let j = 0; j < 10_000; j++) {
  const title = words(6);
  const view = { id: String(j).padStart(24, '0'), title, description: words(25), kind: 'report', tags: [word(), word()], visibility: j % 2 ? 'public' : 'members', archived: false, meeting: null, organisation: null, year: 2000 + (j % 20), owner: { id: 'o', name: 'x' }, currentVersion: { number: 1 }, createdAt: new Date().toISOString() };
  index.upsert({ id: view.id, title, tags: view.tags, description: view.description, text: words(350), meta: { view: view as never, ownerId: 'o', createdAt: j, titleKey: title } });
}
console.log('index built ms', (performance.now() - t).toFixed(0));
const library = { index, ready: Promise.resolve() } as unknown as Library;
const base = { limit: 20, archived: false } as never;
const queries = Array.from({ length: 500 }, () => { const w = word(); return rand() < 0.3 ? `${w} ${word().slice(0, 3)}` : w.slice(0, 3 + Math.floor(rand() * 3)); });
async function time(label: string, qs: string[], reps: number) {
  const lat: number[] = [];
  for (let r = 0; r < reps; r++) for (const q of qs) { const s = performance.now(); const res = await listDocuments(library, null, { ...(base as object), q } as never); JSON.stringify(res); lat.push(performance.now() - s); }
  lat.sort((a, b) => a - b);
  console.log(label.padEnd(20), 'n', lat.length, 'mean', (lat.reduce((a, b) => a + b, 0) / lat.length).toFixed(3), 'p50', lat[lat.length >> 1]!.toFixed(3), 'p99', lat[Math.floor(lat.length * 0.99)]!.toFixed(3));
}
await time('cold (first pass)', queries, 1);
await time('cached', queries, 2);
await time('fresh', Array.from({ length: 300 }, () => `${word()} ${word().slice(0, 4)}`), 1);
const s = performance.now();
for (let i = 0; i < 300; i++) JSON.stringify(await listDocuments(library, null, { ...(base as object), kind: 'report', sort: 'newest' } as never));
console.log('browse mean', ((performance.now() - s) / 300).toFixed(3));
{
  const q = { ...(base as object), kind: 'report', sort: 'newest' } as never;
  let a = 0, b = 0;
  for (let i = 0; i < 300; i++) {
    const s1 = performance.now(); const r = await listDocuments(library, null, q); const s2 = performance.now(); JSON.stringify(r); const s3 = performance.now();
    a += s2 - s1; b += s3 - s2;
  }
  console.log('browse list', (a / 300).toFixed(3), 'json', (b / 300).toFixed(3));
  const qq = { ...(base as object), q: 'hotline' } as never;
  a = 0; b = 0;
  for (let i = 0; i < 300; i++) {
    const s1 = performance.now(); const r = await listDocuments(library, null, qq); const s2 = performance.now(); JSON.stringify(r); const s3 = performance.now();
    a += s2 - s1; b += s3 - s2;
  }
  console.log('hotline list', (a / 300).toFixed(3), 'json', (b / 300).toFixed(3));
}
{
  const idx = new SearchIndex<DocumentMeta>();
  // reuse: rebuild quickly is slow; use existing index but clear caches via a fake change
  const all: [number, string][] = [];
  for (const q of Array.from({ length: 300 }, () => { const w = word(); return rand() < 0.3 ? `${w} ${word().slice(0, 3)}` : w.slice(0, 3 + Math.floor(rand() * 3)); })) {
    (index as unknown as { termCache: Map<string, unknown> }).termCache.clear();
    index.version++;
    const s = performance.now(); await listDocuments(library, null, { ...(base as object), q } as never); all.push([performance.now() - s, q]);
  }
  all.sort((a, b) => b[0] - a[0]);
  console.log(all.slice(0, 12).map(([t, q]) => `${t.toFixed(1)}ms "${q}"`).join('\n'));
  void idx;
}
