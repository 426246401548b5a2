/**
 * Upload benchmark: a 200 MiB file through the real, authenticated POST /api/documents and through
 * a bare express + multer diskStorage server, alternating, three runs each, in one run on one
 * machine. Prints throughput for both, the ratio (goal ≥ 0.8), and the app's peak RSS above idle
 * (goal ≤ 64 MB). Run with `npm run bench:upload`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {
  benchDatabase,
  rssOf,
  spawnTs,
  watchPeakRss,
  type BenchProcess,
  spawnApp,
  signInDemoMember,
} from './lib/processes';

const MIB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_UPLOAD_MIB ?? 200) * MIB;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function makeFile(file: string) {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '%PDF-1.4\n');
  const chunk = randomBytes(4 * MIB);
  for (let written = 9; written < SIZE; written += chunk.length)
    fs.writeSync(fd, chunk, 0, Math.min(chunk.length, SIZE - written));
  fs.closeSync(fd);
}

/** Streams a multipart body from disk; resolves with the elapsed milliseconds. */
function upload(
  url: string,
  file: string,
  fields: Record<string, string>,
  headers: Record<string, string>,
): Promise<number> {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head =
    Object.entries(fields)
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('') +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const length = Buffer.byteLength(head) + fs.statSync(file).size + Buffer.byteLength(tail);
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          ...headers,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': length,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          res.statusCode === 201
            ? resolve(Number(process.hrtime.bigint() - started) / 1e6)
            : reject(new Error(`${res.statusCode} ${body}`)),
        );
      },
    );
    req.on('error', reject);
    req.write(head);
    const stream = fs.createReadStream(file, { highWaterMark: MIB });
    stream.pipe(req, { end: false });
    stream.on('end', () => req.end(tail));
  });
}

async function measure(proc: BenchProcess, run: () => Promise<number>) {
  await new Promise((r) => setTimeout(r, 300));
  const idle = rssOf(proc.pid);
  const stopWatch = watchPeakRss(proc.pid);
  const ms = await run();
  return { mibPerS: SIZE / MIB / (ms / 1000), rssAboveIdle: stopWatch() - idle };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-upload-'));
  const file = path.join(work, 'big.pdf');
  makeFile(file);
  const db = await benchDatabase();
  const app = await spawnApp(`${db.uri}benchupload`, work, { SEED_DEMO: 'true', UPLOAD_MAX_MB: '1024', UPLOAD_QUOTA_MB: '0' });
  const bare = await spawnTs('bench/bareMulter.ts', {}, '/ready');
  try {
    const cookie = await signInDemoMember(app.url);
    // Start-up work first: the demo report's text is extracted (in the extraction thread) once the
    // app runs; its memory belongs to start-up, not to the uploads measured here.
    const started = Date.now();
    while (
      !((await (await fetch(`${app.url}/api/documents?q=darknets`)).json()) as { total: number }).total
    ) {
      if (Date.now() - started > 120_000) throw new Error('the demo report was not indexed in 2 minutes');
      await new Promise((r) => setTimeout(r, 200));
    }
    const appRuns: Awaited<ReturnType<typeof measure>>[] = [];
    const bareRuns: Awaited<ReturnType<typeof measure>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      appRuns.push(
        await measure(app, () =>
          upload(
            `${app.url}/api/documents`,
            file,
            { title: `Bench ${i}`, kind: 'other', visibility: 'members' },
            { Cookie: cookie, Origin: app.url },
          ),
        ),
      );
      bareRuns.push(await measure(bare, () => upload(`${bare.url}/upload`, file, {}, {})));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    const appMean = mean(appRuns.map((r) => r.mibPerS));
    const bareMean = mean(bareRuns.map((r) => r.mibPerS));
    const appPeak = Math.max(...appRuns.map((r) => r.rssAboveIdle)) / MIB;
    console.log(
      `\nUpload benchmark: ${SIZE / MIB} MiB file, ${RUNS} alternating runs each, ${os.cpus().length} cores`,
    );
    console.log(
      `  app  POST /api/documents (auth, sha256, sniffing, records): ${appMean.toFixed(0)} MiB/s  [${fmt(appRuns.map((r) => r.mibPerS))}]`,
    );
    console.log(
      `  bare express + multer diskStorage:                           ${bareMean.toFixed(0)} MiB/s  [${fmt(bareRuns.map((r) => r.mibPerS))}]`,
    );
    console.log(`  ratio app / bare: ${(appMean / bareMean).toFixed(2)}  (goal ≥ 0.80)`);
    console.log(
      `  app peak RSS above idle: ${appPeak.toFixed(1)} MB  (goal ≤ 64 MB) [${fmt(appRuns.map((r) => r.rssAboveIdle / MIB))}]; bare: ${(Math.max(...bareRuns.map((r) => r.rssAboveIdle)) / MIB).toFixed(1)} MB`,
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
