import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startFerretDb, type FerretDbHandle } from '../../server/db/ferretdb';

export interface BenchProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** A FerretDB of its own for one benchmark, in a temporary folder removed on stop. */
export async function benchDatabase(): Promise<FerretDbHandle & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-db-'));
  const db = await startFerretDb({ binary: path.resolve('.tools/ferretdb/ferretdb'), dataDir });
  return {
    ...db,
    dataDir,
    async stop() {
      await db.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function waitFor(url: string, child: ChildProcess, ms = 600_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Runs a TypeScript entry point (via tsx) as its own process, so its memory and CPU are its own. */
export async function spawnTs(
  entry: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<BenchProcess> {
  const port = await freePort();
  // node --import tsx keeps it one process (the tsx CLI would add a wrapper process around it).
  const extra = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', entry], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${readyPath}`, child);
  return {
    url,
    pid: child.pid!,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in bytes, from /proc. */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

/** Samples a process's RSS every few milliseconds until stopped; returns the peak. */
export function watchPeakRss(pid: number, everyMs = 10) {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(pid));
    } catch {
      // the process ended
    }
  }, everyMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** The workspace server as its own process, in production mode, on the given database and folder. */
export function spawnApp(
  mongodbUri: string,
  workDir: string,
  env: Record<string, string> = {},
): Promise<BenchProcess> {
  return spawnTs(
    'server/index.ts',
    {
      NODE_ENV: 'production',
      SESSION_SECRET: 'bench-secret-bench-secret',
      MONGODB_URI: mongodbUri,
      SEED_DEMO: 'false',
      DATA_DIR: workDir,
      UPLOADS_DIR: path.join(workDir, 'uploads'),
      ...env,
    },
    '/api/health',
  );
}

/** Signs the demo member in through the real route; returns the Cookie header value. */
export async function signInDemoMember(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ email: 'member@example.org', password: 'coalition-demo-2013' }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
