/**
 * HTTP benchmark: the workspace's read routes against a bare express + helmet hello-world measured in
 * the same run on the same machine. Reports ratios, not absolute targets. Run with `npm run bench`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import mongoose from 'mongoose';
import { startFerretDb } from '../server/db/ferretdb';
import { mongooseOptions } from '../server/db/connect';
import { loadConfig } from '../server/config';
import { createLogger } from '../server/logger';
import { startServer } from '../server/server';
import { seedDemo } from '../server/seed/demo';
import { load } from './lib/load';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);

async function main() {
  const bare = express();
  bare.use(helmet());
  bare.get('/', (_req, res) => res.json({ hello: 'world' }));
  const bareServer = bare.listen(0);
  const barePort = (bareServer.address() as { port: number }).port;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-'));
  const db = await startFerretDb({ binary: path.resolve('.tools/ferretdb/ferretdb'), dataDir });
  await mongoose.connect(`${db.uri}bench`, mongooseOptions);
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'bench-secret-bench-secret',
    PORT: '0',
    MONGODB_URI: `${db.uri}bench`,
    LOG_LEVEL: 'silent',
    UPLOADS_DIR: path.join(dataDir, 'uploads'),
  });
  await seedDemo(config.uploadsDir);
  const app = await startServer(config, createLogger('silent'), 0);

  const rows: [string, Awaited<ReturnType<typeof load>>][] = [];
  rows.push([
    'baseline: express+helmet hello-world',
    await load(`http://127.0.0.1:${barePort}/`, { seconds }),
  ]);
  rows.push(['GET /api/health (db ping)', await load(`${app.url}/api/health`, { seconds })]);
  rows.push(['GET /api/organisations (13 rows)', await load(`${app.url}/api/organisations`, { seconds })]);
  rows.push([
    'GET /api/meetings/igf-2013-bali (report rendered)',
    await load(`${app.url}/api/meetings/igf-2013-bali`, { seconds }),
  ]);

  const base = rows[0]![1].rps;
  console.log(
    `\nHTTP benchmark, ${seconds}s per row, 32 keep-alive connections, ${os.cpus().length} cores\n`,
  );
  console.log(
    'workload'.padEnd(52),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'errors'.padStart(7),
    'vs baseline'.padStart(12),
  );
  for (const [name, r] of rows) {
    console.log(
      name.padEnd(52),
      r.rps.toFixed(0).padStart(8),
      r.p50ms.toFixed(2).padStart(8),
      r.p99ms.toFixed(2).padStart(8),
      String(r.errors).padStart(7),
      `${((r.rps / base) * 100).toFixed(1)}%`.padStart(12),
    );
  }
  await app.close();
  bareServer.close();
  await mongoose.disconnect();
  await db.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
