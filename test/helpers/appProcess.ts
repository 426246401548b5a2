import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { freePort } from '../../server/db/ferretdb';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { REQUEST_MS, START_MS, waitUntil } from './patience';

const BUNDLE = 'dist/server/index.js';

/** The production server bundle (what `npm start` runs) as a process of its own, with its embedded database. */
export interface AppProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  /** Everything it printed so far: pino's JSON lines on stdout, then stderr. */
  output(): string;
  /** FerretDB's current pid, from the data directory's pid file. */
  ferretdbPid(): number;
}

export const alive = (pid: number) => {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves with the exit code (null when a signal ended it). */
export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );

/** A fresh, empty data directory under the system's temporary folder. */
export function tempDataDir(prefix = 'cw-app-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts the bundle on `dataDir` (uploads under it) without waiting for it. */
export async function launchApp(dataDir: string, env: Record<string, string> = {}): Promise<AppProcess> {
  if (!fs.existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run the tests with \`npm test\`, which builds it`);
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', BUNDLE], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATA_DIR: dataDir,
      UPLOADS_DIR: path.join(dataDir, 'uploads'),
      INBOUND_SMTP_PORT: 'off', // tests run several apps at once; one port would clash
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const pidFile = path.join(dataDir, 'ferretdb-state', 'ferretdb.pid');
  return {
    child,
    url: `http://localhost:${port}`,
    dataDir,
    output: () => out + err,
    ferretdbPid: () => Number(fs.readFileSync(pidFile, 'utf8')),
  };
}

/** Waits until /api/health answers 200; fails early if the process exits. */
export async function waitHealthy(app: AppProcess, ms = START_MS): Promise<void> {
  await waitUntil(
    `${app.url}/api/health to answer 200`,
    async () => {
      if (app.child.exitCode !== null)
        throw new Error(`server exited with ${app.child.exitCode}:\n${app.output()}`);
      return request(app.url)
        .get('/api/health')
        .timeout(REQUEST_MS)
        .then(
          (r) => r.status === 200,
          () => false,
        );
    },
    ms,
    200,
  );
}

/** Signs a demo account in; returns the session cookie (`cw.sid=…`). */
export async function signIn(url: string, email = 'member@example.org'): Promise<string> {
  const res = await request(url)
    .post('/api/auth/login')
    .set('Origin', url)
    .send({ email, password: DEMO_PASSWORD })
    .expect(200);
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('cw.sid='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

/** Stops the app with a signal and resolves with its exit code. */
export async function stopApp(app: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return app.child.exitCode;
  const done = exited(app.child);
  app.child.kill(signal);
  return done;
}
