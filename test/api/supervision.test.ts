import fs from 'node:fs';
import net from 'node:net';
import request from 'supertest';
import {
  alive,
  launchApp,
  signIn,
  stopApp,
  tempDataDir,
  waitHealthy,
  type AppProcess,
} from '../helpers/appProcess';
import { connected, openSocket } from '../helpers/sockets';
import { ACK_MS, REQUEST_MS, WAIT_MS, START_MS, SLOW_TEST_MS, waitUntil } from '../helpers/patience';

/** What one request during the run got back. */
interface Answer {
  what: 'post' | 'me';
  status: number;
  error?: string;
  setsCookie: boolean;
}

const health = (url: string) =>
  request(url)
    .get('/api/health')
    .timeout(REQUEST_MS)
    .then((r) => r.status);

/**
 * Signed-in traffic until stopped: one client posts messages, another reads /api/auth/me, both with
 * the same session cookie. Remembers every answer and the messages whose post was acknowledged.
 */
function startTraffic(url: string, cookie: string, threadId: string) {
  const answers: Answer[] = [];
  const acknowledged: string[] = [];
  let running = true;
  const record = (what: Answer['what'], res: request.Response) => {
    answers.push({
      what,
      status: res.status,
      error: (res.body as { error?: string }).error,
      setsCookie: ([] as string[])
        .concat(res.headers['set-cookie'] ?? [])
        .some((c) => c.startsWith('cw.sid')),
    });
  };
  const writer = (async () => {
    for (let i = 0; running; i++) {
      const res = await request(url)
        .post(`/api/threads/${threadId}/messages`)
        .set({ Cookie: cookie, Origin: url })
        .timeout(REQUEST_MS)
        .send({ clientId: `supervised-${i}-${Date.now()}`, body: `message ${i}` });
      record('post', res);
      if (res.status === 201 || res.status === 200) acknowledged.push((res.body as { id: string }).id);
    }
  })();
  const reader = (async () => {
    while (running)
      record('me', await request(url).get('/api/auth/me').set('Cookie', cookie).timeout(REQUEST_MS));
  })();
  return {
    answers,
    acknowledged,
    async stop() {
      running = false;
      await Promise.all([writer, reader]);
    },
  };
}

/** Every message of a thread, read page by page. */
async function allMessageIds(url: string, cookie: string, threadId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let after = 0; ;) {
    const res = await request(url)
      .get(`/api/threads/${threadId}/messages?after=${after}&limit=100`)
      .set('Cookie', cookie)
      .expect(200);
    const items = (res.body as { items: { id: string; seq: number }[] }).items;
    if (!items.length) return ids;
    items.forEach((m) => ids.add(m.id));
    after = items[items.length - 1]!.seq;
  }
}

/** Binds the port so nothing else can; every connection is closed at once. */
const holdPort = (port: number) =>
  new Promise<net.Server | null>((resolve) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('the embedded database is supervised', () => {
  let dataDir: string;
  let app: AppProcess;
  let cookie: string;
  let threadId: string;
  let port: number;

  beforeAll(async () => {
    dataDir = tempDataDir('cw-supervision-');
    app = await launchApp(dataDir, { LOG_LEVEL: 'info', MESSAGE_RATE: '10000/10' });
    await waitHealthy(app);
    const ready = /embedded database ready at (mongodb:\/\/127\.0\.0\.1:(\d+)\/coalition)/.exec(app.output());
    expect(ready).not.toBeNull(); // the start log names the address (operators and tools read it)
    port = Number(ready![2]);
    cookie = await signIn(app.url);
    const thread = await request(app.url)
      .post('/api/threads')
      .set({ Cookie: cookie, Origin: app.url })
      .send({ title: 'Supervision drill' })
      .expect(201);
    threadId = (thread.body as { id: string }).id;
  }, SLOW_TEST_MS);

  afterAll(async () => {
    if (app) expect(await stopApp(app)).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'restarts a killed FerretDB on the same port: health is back within 10 s, nothing acknowledged is lost, nobody is signed out',
    async () => {
      const traffic = startTraffic(app.url, cookie, threadId);
      await waitUntil('writes before the kill', () => traffic.acknowledged.length >= 5);
      const before = traffic.acknowledged.length;
      const pid = app.ferretdbPid();
      const killedAt = Date.now();
      process.kill(pid, 'SIGKILL');

      const healthSeen: number[] = [];
      await waitUntil(
        'health 200 again',
        async () => {
          const status = await health(app.url);
          healthSeen.push(status);
          return status === 200 && app.ferretdbPid() !== pid && alive(app.ferretdbPid());
        },
        START_MS, // more than the 10 s asserted below, so a slow recovery fails with its figure
      );
      const recoveredAfterMs = Date.now() - killedAt;
      expect(recoveredAfterMs).toBeLessThan(10_000);
      expect(healthSeen.every((s) => s === 200 || s === 503)).toBe(true);
      expect(app.output()).toContain('embedded database exited (signal SIGKILL); restarting');
      await waitUntil('the "back" log line', () => /embedded database back after \d+ ms/.test(app.output()));
      expect(alive(pid)).toBe(false);

      await waitUntil('writes after the restart', () => traffic.acknowledged.length >= before + 5);
      await traffic.stop();

      // During the outage answers are 503 `unavailable`; never 401, never 500, never a new or cleared cookie.
      if (traffic.answers.some((a) => a.status === 500))
        console.log(
          app
            .output()
            .split('\n')
            .filter((l) => l.includes('"level":50'))
            .join('\n'),
        );
      for (const a of traffic.answers) {
        expect([200, 201, 503]).toContain(a.status);
        if (a.status === 503) expect(a.error).toBe('unavailable');
        expect(a.setsCookie).toBe(false);
      }
      const stored = await allMessageIds(app.url, cookie, threadId);
      expect(traffic.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      const me = await request(app.url).get('/api/auth/me').set('Cookie', cookie).expect(200);
      expect((me.body as { user: { email: string } }).user.email).toBe('member@example.org');
      console.log(
        `FerretDB killed: health back after ${recoveredAfterMs} ms; ${traffic.acknowledged.length} writes acknowledged, ` +
          `${traffic.answers.filter((a) => a.status === 503).length} answers 503 of ${traffic.answers.length}`,
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'while FerretDB cannot come back: 503 and `unavailable` acks for a signed-in user, never signed out; then it recovers',
    async () => {
      const posted = await request(app.url)
        .post(`/api/threads/${threadId}/messages`)
        .set({ Cookie: cookie, Origin: app.url })
        .send({ clientId: `before-outage-${Date.now()}`, body: 'before the long outage' })
        .expect(201);
      const socket = openSocket(app.url, cookie);
      await connected(socket);

      const failedRestarts = () =>
        app.output().match(/embedded database did not restart; trying again in \d+ ms/g)?.length ?? 0;
      const failedBefore = failedRestarts();
      // Kill FerretDB and take its port, so every restart fails until the port is released.
      const held = await waitUntil(
        'the port held by this test',
        async () => {
          const pid = app.ferretdbPid();
          if (alive(pid)) process.kill(pid, 'SIGKILL'); // also one the supervisor restarted meanwhile
          return (await holdPort(port)) ?? undefined;
        },
        WAIT_MS,
        20,
      );
      try {
        await waitUntil('a failed restart', () => failedRestarts() > failedBefore);
        const healthRes = await request(app.url).get('/api/health').expect(503);
        expect(healthRes.body).toEqual({ status: 'unavailable', db: 'down' });

        const me = await request(app.url).get('/api/auth/me').set('Cookie', cookie).timeout(REQUEST_MS);
        expect(me.status).toBe(503);
        expect(me.body).toMatchObject({ error: 'unavailable' });
        expect(me.headers['set-cookie']).toBeUndefined();

        const post = await request(app.url)
          .post(`/api/threads/${threadId}/messages`)
          .set({ Cookie: cookie, Origin: app.url })
          .timeout(REQUEST_MS)
          .send({ clientId: `during-outage-${Date.now()}`, body: 'during the outage' });
        expect(post.status).toBe(503);
        expect(post.body).toMatchObject({ error: 'unavailable' });

        const ack = await socket.timeout(ACK_MS).emitWithAck('message:send', {
          threadId,
          clientId: `socket-${Date.now()}`,
          body: 'over the socket',
        });
        expect(ack).toMatchObject({ ok: false, error: 'unavailable' });
      } finally {
        await new Promise((r) => held.close(r));
      }

      await waitHealthy(app);
      const me = await request(app.url).get('/api/auth/me').set('Cookie', cookie).expect(200);
      expect((me.body as { user: { email: string } }).user.email).toBe('member@example.org');
      expect((await allMessageIds(app.url, cookie, threadId)).has((posted.body as { id: string }).id)).toBe(
        true,
      );
      const ack = await socket.timeout(ACK_MS).emitWithAck('message:send', {
        threadId,
        clientId: `socket-after-${Date.now()}`,
        body: 'back again',
      });
      expect(ack).toMatchObject({ ok: true });
      socket.close();
    },
    SLOW_TEST_MS,
  );
});
