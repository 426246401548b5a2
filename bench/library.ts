/**
 * Library search benchmark: 10,000 documents with extracted text in the database, the app as its
 * own process (it builds its search index at start), 20 concurrent clients searching word
 * prefixes. Reports p50/p99 (goal p99 ≤ 50 ms) beside a bare express + helmet server measured at
 * the same concurrency in the same run. Run with `npm run bench:library`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { DocumentModel } from '../server/models/Document';
import { DocumentVersion } from '../server/models/DocumentVersion';
import { User } from '../server/models/User';
import { load, type LoadResult } from './lib/load';
import { DOMAIN, SYLLABLES } from './volume/corpus';
import { benchDatabase, rssOf, spawnTs, spawnApp, waitFor } from './lib/processes';

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 20;
const WARM_UP_SECONDS = 2;

// A deterministic vocabulary: real words of the domain plus generated ones, Zipf-like use.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const VOCAB = [
  ...DOMAIN,
  ...Array.from({ length: 20_000 }, () =>
    Array.from(
      { length: 2 + Math.floor(rand() * 3) },
      () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)],
    ).join(''),
  ),
];
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 2)]!;
const words = (n: number) => Array.from({ length: n }, word).join(' ');

async function seedDocuments(uri: string) {
  await mongoose.connect(uri);
  const owner = await User.create({
    email: 'bench@example.test',
    name: 'Bench Owner',
    role: 'member',
    passwordHash: 'x',
  });
  const started = Date.now();
  for (let i = 0; i < DOCS; i += 1000) {
    const docs = [];
    const versions = [];
    for (let j = i; j < Math.min(DOCS, i + 1000); j++) {
      const _id = new Types.ObjectId();
      const createdAt = new Date(Date.UTC(2013, 0, 1) + j * 3_600_000);
      docs.push({
        _id,
        createdAt,
        updatedAt: createdAt,
        title: words(6),
        description: words(25),
        kind: 'report',
        tags: [word(), word()],
        visibility: j % 2 ? 'public' : 'members',
        ownerId: owner._id,
        currentVersion: 1,
        year: 2000 + (j % 20),
      });
      versions.push({
        documentId: _id,
        number: 1,
        originalName: `doc-${j}.txt`,
        mimeType: 'text/plain',
        size: 2000,
        sha256: 'x'.repeat(64),
        storageKey: `00/${j.toString(16).padStart(32, '0')}`,
        text: words(350),
        textStatus: 'done',
        createdAt,
      });
    }
    await DocumentModel.insertMany(docs, { lean: true });
    await DocumentVersion.insertMany(versions, { lean: true });
  }
  await mongoose.disconnect();
  return Date.now() - started;
}

const row = (name: string, r: LoadResult) =>
  `${name.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} ${r.p50ms.toFixed(2).padStart(8)} ${r.p99ms.toFixed(2).padStart(8)} ${String(r.errors).padStart(7)}`;

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-library-'));
  const db = await benchDatabase();
  const uri = `${db.uri}benchlibrary`;
  const seedMs = await seedDocuments(uri);
  const spawned = Date.now();
  const app = await spawnApp(uri, work, {});
  await waitFor(`${app.url}/api/documents?limit=1&q=hotline`, app.child);
  const readyMs = Date.now() - spawned;
  const bare = await spawnTs('bench/bareHello.ts', {}, '/');
  try {
    const queries = Array.from({ length: 500 }, () => {
      const w = word();
      return rand() < 0.3 ? `${w} ${word().slice(0, 3)}` : w.slice(0, 3 + Math.floor(rand() * 3));
    });
    let n = 0;
    // Both servers get a short warm-up first, so the rows measure steady state rather than V8
    // compiling the hot code. The app's warm-up uses other words than the measured queries: their
    // first (uncached) pass stays in the search row, and the cold row below never repeats a query.
    const warmUp = { connections: CLIENTS, seconds: WARM_UP_SECONDS };
    await load(`${bare.url}/`, warmUp);
    // Whole words drawn uniformly (mostly rare ones), never the measured short prefixes.
    const anyWord = () => VOCAB[Math.floor(rand() * VOCAB.length)]!;
    await load(
      () =>
        `${app.url}/api/documents?q=${encodeURIComponent(rand() < 0.5 ? anyWord() : `${anyWord()} ${anyWord()}`)}`,
      warmUp,
    );
    const baseline = await load(`${bare.url}/`, { connections: CLIENTS, seconds: SECONDS });
    const search = await load(
      () => `${app.url}/api/documents?q=${encodeURIComponent(queries[n++ % queries.length]!)}`,
      { connections: CLIENTS, seconds: SECONDS },
    );
    // Every query new: no result cache can help, this is the cold path.
    const fresh = await load(
      () => `${app.url}/api/documents?q=${encodeURIComponent(`${word()} ${word().slice(0, 4)}`)}`,
      {
        connections: CLIENTS,
        seconds: SECONDS,
      },
    );
    const browse = await load(`${app.url}/api/documents?kind=report&sort=newest`, {
      connections: CLIENTS,
      seconds: SECONDS,
    });
    console.log(
      `\nLibrary benchmark: ${DOCS} documents (~350 words of text each), ${CLIENTS} concurrent clients, ${SECONDS}s per row after ${WARM_UP_SECONDS}s of warm-up per server, ${os.cpus().length} cores`,
    );
    console.log(
      `  seeding took ${(seedMs / 1000).toFixed(1)} s; the app answered its first search ${(readyMs / 1000).toFixed(1)} s after starting (index built from the database); app RSS ${(rssOf(app.pid) / 1024 / 1024).toFixed(0)} MB`,
    );
    console.log(
      `${'workload'.padEnd(44)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`,
    );
    console.log(row('baseline: express+helmet hello-world', baseline));
    console.log(row('GET /api/documents?q=<prefix> (500 queries)', search));
    console.log(row('  …every query new (cold, uncached)', fresh));
    console.log(row('GET /api/documents?kind=report (browse)', browse));
    console.log(
      `  search p99 ${search.p99ms.toFixed(1)} ms (goal ≤ 50 ms); throughput ${((search.rps / baseline.rps) * 100).toFixed(0)}% of the bare baseline`,
    );
  } finally {
    await app.stop();
    await bare.stop();
    await db.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
