import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import {
  alive,
  exited,
  launchApp,
  signIn,
  stopApp,
  tempDataDir,
  waitHealthy,
  type AppProcess,
} from '../helpers/appProcess';
import { SLOW_TEST_MS, waitUntil } from '../helpers/patience';

const LOCK = 'app.lock';

/** Starts a thread as the demo member and returns its id: data that must survive what follows. */
async function createThread(app: AppProcess, cookie: string, title: string): Promise<string> {
  const res = await request(app.url)
    .post('/api/threads')
    .set({ Cookie: cookie, Origin: app.url })
    .send({ title })
    .expect(201);
  return (res.body as { id: string }).id;
}

const threadTitle = async (app: AppProcess, cookie: string, id: string) =>
  (
    (await request(app.url).get(`/api/threads/${id}`).set('Cookie', cookie).expect(200)).body as {
      title: string;
    }
  ).title;

describe('one app per DATA_DIR', () => {
  const dirs: string[] = [];
  const apps: AppProcess[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((a) => stopApp(a)));
    dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  it(
    'a second app on the same DATA_DIR refuses to start and leaves the first one alone',
    async () => {
      const dataDir = tempDataDir('cw-lock-');
      dirs.push(dataDir);
      const first = await launchApp(dataDir);
      apps.push(first);
      await waitHealthy(first);
      const ferretdbPid = first.ferretdbPid();
      expect(fs.readFileSync(path.join(dataDir, LOCK), 'utf8')).toBe(String(first.child.pid));
      const cookie = await signIn(first.url);
      const threadId = await createThread(first, cookie, 'Written before the second start');

      const second = await launchApp(dataDir);
      apps.push(second);
      const code = await exited(second.child);
      expect(code).not.toBe(0);
      expect(second.output()).toContain(`DATA_DIR ${dataDir} is in use by process ${first.child.pid}`);

      // The first app, its database process and its data are untouched.
      expect(first.child.exitCode).toBeNull();
      expect(first.ferretdbPid()).toBe(ferretdbPid);
      expect(alive(ferretdbPid)).toBe(true);
      await request(first.url).get('/api/health').expect(200);
      expect(await threadTitle(first, cookie, threadId)).toBe('Written before the second start');
      await createThread(first, cookie, 'Written after the second start');

      expect(await stopApp(first)).toBe(0);
      expect(alive(ferretdbPid)).toBe(false);
      expect(fs.existsSync(path.join(dataDir, LOCK))).toBe(false); // released on a clean stop
    },
    SLOW_TEST_MS,
  );

  it(
    'takes over the lock of an app that died, stopping the FerretDB it left behind',
    async () => {
      const dataDir = tempDataDir('cw-lock-stale-');
      dirs.push(dataDir);
      const crashed = await launchApp(dataDir);
      apps.push(crashed);
      await waitHealthy(crashed);
      const cookie = await signIn(crashed.url);
      const threadId = await createThread(crashed, cookie, 'Written before the crash');
      const orphan = crashed.ferretdbPid();
      crashed.child.kill('SIGKILL'); // no clean-up at all: the lock file and FerretDB stay behind
      await exited(crashed.child);
      expect(alive(orphan)).toBe(true);
      expect(fs.readFileSync(path.join(dataDir, LOCK), 'utf8')).toBe(String(crashed.child.pid));

      const next = await launchApp(dataDir);
      apps.push(next);
      await waitHealthy(next);
      await waitUntil('the orphaned FerretDB to be gone', () => !alive(orphan));
      expect(next.ferretdbPid()).not.toBe(orphan);
      expect(fs.readFileSync(path.join(dataDir, LOCK), 'utf8')).toBe(String(next.child.pid));
      const cookieAgain = await signIn(next.url);
      expect(await threadTitle(next, cookieAgain, threadId)).toBe('Written before the crash');
      expect(await stopApp(next)).toBe(0);
    },
    SLOW_TEST_MS,
  );
});
