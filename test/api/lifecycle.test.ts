import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { freePort } from '../../server/db/ferretdb';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { REQUEST_MS, START_MS, SLOW_TEST_MS, waitUntil } from '../helpers/patience';

const BUNDLE = 'dist/server/index.js';

/** The last of what each launched process wrote to stderr, for the message when it fails. */
const stderrOf = new WeakMap<ChildProcess, string>();

/** The production server bundle that `npm start` runs, as its own process, with the embedded database. */
function launch(env: Record<string, string>): ChildProcess {
  if (!fs.existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run the tests with \`npm test\`, which builds it`);
  const child = spawn(process.execPath, ['--enable-source-maps', BUNDLE], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (c: Buffer) =>
    stderrOf.set(child, ((stderrOf.get(child) ?? '') + c).slice(-4000)),
  );
  return child;
}

/** Waits until /api/health answers 200; fails at once if the process exits. */
async function waitHealthy(url: string, child: ChildProcess) {
  await waitUntil(
    `${url}/api/health to answer 200`,
    async () => {
      if (child.exitCode !== null)
        throw new Error(`server exited with ${child.exitCode}:\n${stderrOf.get(child) ?? ''}`);
      return request(url)
        .get('/api/health')
        .timeout(REQUEST_MS)
        .then(
          (r) => r.status === 200,
          () => false,
        );
    },
    START_MS,
    200,
  );
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('process lifecycle with the embedded database', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it.each([['SIGTERM'], ['SIGINT']] as const)(
    'stops cleanly on %s, leaves no ferretdb behind, and finds its data again',
    async (signal) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-life-'));
      dirs.push(dataDir);
      const port = await freePort();
      const url = `http://localhost:${port}`;
      const env = { PORT: String(port), DATA_DIR: dataDir, UPLOADS_DIR: path.join(dataDir, 'uploads') };
      const newPassword = `changed on ${signal} run`;

      const first = launch(env);
      await waitHealthy(url, first);
      const pid = Number(fs.readFileSync(path.join(dataDir, 'ferretdb-state', 'ferretdb.pid'), 'utf8'));
      expect(alive(pid)).toBe(true);
      const agent = request.agent(url).set('Origin', url);
      await agent
        .post('/api/auth/login')
        .send({ email: 'member@example.org', password: DEMO_PASSWORD })
        .expect(200);
      await agent
        .post('/api/auth/password')
        .send({ currentPassword: DEMO_PASSWORD, newPassword })
        .expect(200);
      first.kill(signal);
      expect(await exited(first)).toBe(0);
      expect(alive(pid)).toBe(false);

      const second = launch(env);
      try {
        await waitHealthy(url, second);
        await request
          .agent(url)
          .set('Origin', url)
          .post('/api/auth/login')
          .send({ email: 'member@example.org', password: newPassword })
          .expect(200);
        const meetings = await request(url).get('/api/meetings').expect(200);
        expect(meetings.body.items).toHaveLength(1); // the seed ran twice and added nothing
      } finally {
        second.kill('SIGTERM');
        expect(await exited(second)).toBe(0);
      }
    },
    SLOW_TEST_MS,
  );
});
