import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { benchDatabase, spawnApp, waitFor, type BenchProcess } from '../lib/processes';

export interface BenchApp {
  name: 'demo' | 'volume';
  url: string;
  process: BenchProcess;
  /** From spawning the app to its first library search (indexes and the search index built). */
  readyMs: number;
  uri: string;
  workDir: string;
  stop(): Promise<void>;
}

/**
 * App settings for every run: demo content on, no flood limit on the benchmark's own sends, and
 * only errors logged (shutting down mid-load logs warnings that would bury the results).
 */
export const APP_ENV = { SEED_DEMO: 'true', MESSAGE_RATE: '100000/1', LOG_LEVEL: 'error' };

/** A FerretDB of its own, in a temporary folder, with the folder the app will use for files. */
export async function benchStore(name: BenchApp['name']) {
  const db = await benchDatabase();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `cw-bench-volume-${name}-`));
  return {
    db,
    uri: `${db.uri}bench${name}`,
    workDir,
    uploadsDir: path.join(workDir, 'uploads'),
  };
}

/** Starts the app on a store and waits until it answers a library search (its index is built). */
export async function startApp(
  name: BenchApp['name'],
  store: Awaited<ReturnType<typeof benchStore>>,
): Promise<BenchApp> {
  const started = Date.now();
  const proc = await spawnApp(store.uri, store.workDir, APP_ENV);
  await waitFor(`${proc.url}/api/documents?limit=1&q=hotline`, proc.child);
  const readyMs = Date.now() - started;
  await waitUntilIdle(proc.pid);
  return {
    name,
    url: proc.url,
    process: proc,
    readyMs,
    uri: store.uri,
    workDir: store.workDir,
    async stop() {
      // Let requests still queued from a load run finish first, so the shutdown is a clean one.
      if (proc.child.exitCode === null) await waitUntilIdle(proc.pid, 30_000);
      await proc.stop();
    },
  };
}

/** CPU time of a process so far, in clock ticks (1/100 s). */
function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

/**
 * Waits until the app has finished its start-up work (the demo seed's text extraction, warming
 * caches): less than 5% of a core used over a second, or two minutes at most.
 */
async function waitUntilIdle(pid: number, maxMs = 120_000) {
  const deadline = Date.now() + maxMs;
  let before = cpuTicks(pid);
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1_000));
    const now = cpuTicks(pid);
    if (now - before <= 5) return;
    before = now;
  }
}

/** Stops the database of a store and removes its folders. */
export async function removeStore(store: Awaited<ReturnType<typeof benchStore>>) {
  await store.db.stop();
  fs.rmSync(store.workDir, { recursive: true, force: true });
}

/** Signs someone in through the real route (demo password); returns the Cookie header value. */
export async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
