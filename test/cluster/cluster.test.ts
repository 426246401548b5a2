/**
 * The cluster as deployed: Redis, one FerretDB, three instances of the production bundle and HAProxy
 * in front (scripts/cluster/topology.ts, what `npm run cluster` starts). Real Socket.IO clients talk
 * to given instances directly, or through HAProxy where an instance is killed under them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import request from 'supertest';
import { io as connect } from 'socket.io-client';
import { freePortBlock, startCluster, type RunningCluster } from '../../scripts/cluster/topology';
import { createUser } from '../factories';
import { sessionCookie, type TestSocket } from '../helpers/sockets';
import { makePdf } from '../helpers/files';
import { createIndicatorVia } from '../helpers/indicators';
import type { MessageDto } from '../../shared/schemas/thread';
import { ACK_MS, WAIT_MS, START_MS, SLOW_TEST_MS, waitUntil } from '../helpers/patience';

const SEARCH_SYNC_MS = 1_000;
let cluster: RunningCluster;
let dataDir: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-cluster-'));
  cluster = await startCluster({
    basePort: await freePortBlock(),
    dataDir,
    env: {
      LOG_LEVEL: 'warn',
      SEARCH_SYNC_MS: String(SEARCH_SYNC_MS),
      MESSAGE_RATE: '200/60',
      APPLY_IP_LIMIT: '5',
      LOGIN_IP_LIMIT: '1000',
    },
  });
  await mongoose.connect(cluster.mongoUri);
}, SLOW_TEST_MS);

afterAll(async () => {
  sockets.forEach((s) => s.close());
  await mongoose.disconnect();
  await cluster?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const instance = (i: number) => cluster.instances[i]!.url;
const agentOn = (url: string) => request.agent(url).set('Origin', url);
const cid = () => randomBytes(8).toString('hex');

interface Person {
  id: string;
  name: string;
  cookie: string;
  /** A cookie-keeping HTTP client on the given instance. */
  on(i: number): request.Agent;
}

async function person(role: 'member' | 'host' = 'member'): Promise<Person> {
  const name = `Person ${randomBytes(3).toString('hex')}`;
  const user = await createUser({ role, name });
  const res = await agentOn(instance(0))
    .post('/api/auth/login')
    .send({ email: user.email, password: user.password })
    .expect(200);
  const cookie = sessionCookie(res.headers['set-cookie']);
  return {
    id: String(user._id),
    name,
    cookie,
    on: (i) => agentOn(instance(i)).set('Cookie', cookie),
  };
}

/** A socket to the given URL as that person; reconnects by itself when asked to. */
async function socketOf(p: Person, url: string, reconnection = false): Promise<TestSocket> {
  const socket: TestSocket = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    forceNew: true,
    reconnection,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    extraHeaders: { Cookie: p.cookie },
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

const newThread = async (host: Person, i = 0) =>
  (
    await host
      .on(i)
      .post('/api/threads')
      .send({ title: `Cluster ${cid()}` })
      .expect(201)
  ).body.id as string;

const join = async (socket: TestSocket, threadId: string) => {
  const ack = await socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId });
  expect(ack.ok).toBe(true);
};

describe('three instances behind HAProxy', () => {
  it('serves the app through the load balancer with a sticky cookie for long-polling', async () => {
    const res = await request(cluster.url).get('/api/health').expect(200);
    expect(String(res.headers['set-cookie'])).toMatch(/cw_lb=app\d/);
    // A long-polling Socket.IO connection through HAProxy: its requests must stick to one instance.
    const p = await person();
    const socket: TestSocket = connect(cluster.url, {
      path: '/socket.io',
      transports: ['polling'],
      forceNew: true,
      reconnection: false,
      withCredentials: true,
      extraHeaders: { Cookie: p.cookie },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const ack = await socket.timeout(ACK_MS).emitWithAck('ping', {});
    expect(ack.ok).toBe(true);
  });

  it('a message posted through A reaches clients on B and C within 200 ms', async () => {
    const host = await person('host');
    const [a, b, c] = await Promise.all([person(), person(), person()]);
    const threadId = await newThread(host);
    const sa = await socketOf(a, instance(0));
    const sb = await socketOf(b, instance(1));
    const sc = await socketOf(c, instance(2));
    for (const s of [sa, sb, sc]) await join(s, threadId);
    const arrived = new Map<string, number[]>();
    for (const s of [sb, sc])
      s.on('message:new', (m) => arrived.set(m.body, [...(arrived.get(m.body) ?? []), Date.now()]));

    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const body = `fan-out ${i} ${cid()}`;
      const sent = Date.now();
      const ack = await sa.timeout(ACK_MS).emitWithAck('message:send', { threadId, clientId: cid(), body });
      expect(ack.ok).toBe(true);
      const times = await waitUntil(
        `message ${i} on B and C`,
        () => arrived.get(body)?.length === 2 && arrived.get(body),
        WAIT_MS,
        10,
      );
      latencies.push(...times.map((t) => t - sent));
    }
    latencies.sort((x, y) => x - y);
    expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThanOrEqual(200);
  });

  it('presence and typing cross instances', async () => {
    const host = await person('host');
    const [a, b] = await Promise.all([person(), person()]);
    const threadId = await newThread(host);
    const sa = await socketOf(a, instance(0));
    const sb = await socketOf(b, instance(1));
    await join(sa, threadId);
    const present = new Promise<string[]>((resolve) =>
      sa.on('presence', (p) => p.users.length === 2 && resolve(p.users.map((u) => u.id).sort())),
    );
    await join(sb, threadId);
    expect(await present).toEqual([a.id, b.id].sort());

    const typing = new Promise<string>((resolve) => sa.on('typing', (t) => resolve(t.user.id)));
    await sb.timeout(ACK_MS).emitWithAck('typing', { threadId });
    expect(await typing).toBe(b.id);

    const left = new Promise<string[]>((resolve) =>
      sa.on('presence', (p) => p.users.length === 1 && resolve(p.users.map((u) => u.id))),
    );
    sb.disconnect();
    expect(await left).toEqual([a.id]);
  });

  it('a suspension on A cuts the sockets on B within 1 s', async () => {
    const host = await person('host');
    const target = await person();
    const sb = await socketOf(target, instance(1));
    const cut = new Promise<number>((resolve) => sb.on('disconnect', () => resolve(Date.now())));
    const start = Date.now();
    await host.on(0).patch(`/api/users/${target.id}`).send({ status: 'suspended' }).expect(200);
    expect((await cut) - start).toBeLessThan(1_000);
    await target
      .on(2)
      .get('/api/auth/me')
      .expect((res) => expect(res.body.user ?? null).toBeNull());
  });

  it('a role change on B applies on A within 1 s: audiences move and the account is re-read', async () => {
    const host = await person('host');
    const promoted = await person();
    const sa = await socketOf(promoted, instance(0));
    const hostsThread = (
      await host
        .on(1)
        .post('/api/threads')
        .send({ title: `Hosts ${cid()}`, visibility: 'hosts' })
        .expect(201)
    ).body.id as string;
    const refused = await sa.timeout(ACK_MS).emitWithAck('thread:join', { threadId: hostsThread });
    expect(refused.ok).toBe(false);

    await host.on(1).patch(`/api/users/${promoted.id}`).send({ role: 'host' }).expect(200);
    const changedAt = Date.now();
    // The change reaches A over Redis while B answers, so A may still hold the old role for a few
    // milliseconds after B's answer: retry until it applies, which must be well within the account
    // cache's 2 s (expiry would otherwise be the only way A learns of it).
    await waitUntil(
      'A to let the promoted member join a hosts-only thread',
      async () => (await sa.timeout(ACK_MS).emitWithAck('thread:join', { threadId: hostsThread })).ok,
      WAIT_MS,
      20,
    );
    expect(Date.now() - changedAt).toBeLessThan(1_000);
    const changed = new Promise<string>((resolve) => sa.on('entity:changed', (e) => resolve(e.kind)));
    // Only the hosts' audience room hears of a hosts-only indicator.
    await createIndicatorVia(host.on(2), { visibility: 'hosts' });
    expect(await changed).toBe('indicator');
  });

  it('a document uploaded through A is found by search through B within SEARCH_SYNC_MS + 1 s', async () => {
    const member = await person();
    const word = `zq${randomBytes(4).toString('hex')}`;
    const uploaded = Date.now();
    await member
      .on(0)
      .post('/api/documents')
      .field('title', `Cluster ${word}`)
      .field('kind', 'other')
      .field('visibility', 'members')
      .attach('file', makePdf('cluster'), 'c.pdf')
      .expect(201);
    await waitUntil(
      'the document in B’s search',
      async () => (await member.on(1).get(`/api/documents?q=${word}`).expect(200)).body.items.length === 1,
      WAIT_MS, // more than the bound asserted below, so a slow search fails with its figure
      10,
    );
    expect(Date.now() - uploaded).toBeLessThanOrEqual(SEARCH_SYNC_MS + 1_000);
  });

  it('a rate limit counts across instances', async () => {
    const from = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const apply = (i: number, n: number) =>
      agentOn(instance(i))
        .post('/api/applications')
        .set('X-Forwarded-For', from)
        .send({
          organisationName: `Cluster org ${cid()}`,
          category: 'civil-society',
          country: 'Indonesia',
          contactName: 'Rate Tester',
          contactEmail: `rate-${n}-${cid()}@example.org`,
          motivation: 'We work on child online safety and want to join the coalition.',
        });
    for (let n = 0; n < 5; n++) expect((await apply(n % 3, n)).status).toBe(201);
    const refused = await apply(2, 5);
    expect(refused.status).toBe(429);
  });

  it('message numbers stay unique and gap-free when two instances post to one thread at once', async () => {
    const host = await person('host');
    const [a, b] = await Promise.all([person(), person()]);
    const threadId = await newThread(host);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b)
          .on(i % 2)
          .post(`/api/threads/${threadId}/messages`)
          .send({ clientId: cid(), body: `race ${i}` })
          .expect(201),
      ),
    );
    const messages = (await host.on(2).get(`/api/threads/${threadId}/messages?after=0&limit=100`).expect(200))
      .body.items as MessageDto[];
    expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});

/**
 * How long a client waits for an acknowledgement before sending again (the app's waits 8 s). Not a
 * limit on the test: a late acknowledgement only means a resend, which the server stores once.
 */
const RESEND_MS = 3_000;

/**
 * A member's client as the real one behaves: on every (re)connection it joins the thread and catches
 * up from the last seq it has; a send that got no acknowledgement is sent again with the same client
 * id (the server stores a resend once).
 */
class Member {
  readonly seen = new Map<string, MessageDto>();
  readonly acked = new Set<string>();
  reconnections = 0;
  constructor(
    readonly socket: TestSocket,
    private readonly threadId: string,
  ) {
    socket.on('message:new', (m) => this.seen.set(m.id, m));
    socket.on('connect', () => {
      this.reconnections++;
      void this.resync().catch(() => undefined);
    });
  }

  lastSeq() {
    return Math.max(0, ...[...this.seen.values()].map((m) => m.seq));
  }

  async resync() {
    await this.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: this.threadId });
    const res = await this.socket
      .timeout(ACK_MS)
      .emitWithAck('thread:resync', { threadId: this.threadId, afterSeq: this.lastSeq() });
    if (res.ok) (res.messages as MessageDto[]).forEach((m) => this.seen.set(m.id, m));
  }

  async send(body: string) {
    const clientId = cid();
    await waitUntil(
      `"${body}" to be acknowledged`,
      async () => {
        if (!this.socket.connected) return false;
        const ack = await this.socket
          .timeout(RESEND_MS)
          .emitWithAck('message:send', { threadId: this.threadId, clientId, body })
          .catch(() => null);
        return ack?.ok;
      },
      START_MS, // an instance killed under it: until its client is through HAProxy to another
      250,
    );
    this.acked.add(clientId);
  }
}

describe('failures', () => {
  it(
    'kill -9 of an instance mid-conversation: its clients reconnect through HAProxy, 0 lost, 0 duplicated',
    async () => {
      const host = await person('host');
      const threadId = await newThread(host);
      const people = await Promise.all(Array.from({ length: 6 }, () => person()));
      const members = await Promise.all(
        people.map(async (p) => {
          const m = new Member(await socketOf(p, cluster.url, true), threadId);
          await m.resync();
          return m;
        }),
      );
      const talk = (round: number) => Promise.all(members.map((m, i) => m.send(`round ${round} from ${i}`)));
      await talk(1);
      const victim = 0;
      const conversation = (async () => {
        for (let round = 2; round <= 6; round++) await talk(round);
      })();
      await cluster.kill(victim);
      await conversation;
      await cluster.restart(victim);

      const stored = (await host.on(1).get(`/api/threads/${threadId}/messages?after=0&limit=100`).expect(200))
        .body.items as MessageDto[];
      // Some of the six were on the killed instance (HAProxy balances by least connections).
      expect(members.filter((m) => m.reconnections > 0).length).toBeGreaterThan(0);
      const acked = new Set(members.flatMap((m) => [...m.acked]));
      expect(acked.size).toBe(6 * 6);
      expect(stored).toHaveLength(acked.size); // none lost, none stored twice
      expect(new Set(stored.map((m) => m.clientId))).toEqual(acked);
      expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
      // Every client ends with every message, once (the client keys them by id, as the app's does).
      for (const m of members) {
        await waitUntil('the client to hold every message', async () => {
          if (m.seen.size < stored.length) await m.resync().catch(() => undefined);
          return m.seen.size === stored.length;
        });
        expect([...m.seen.keys()].sort()).toEqual(stored.map((s) => s.id).sort());
      }
    },
    SLOW_TEST_MS,
  );

  it(
    'a Redis restart: delivery across instances resumes, and what was posted meanwhile arrives',
    async () => {
      const host = await person('host');
      const [a, b] = await Promise.all([person(), person()]);
      const threadId = await newThread(host);
      const sa = await socketOf(a, instance(0));
      const sb = await socketOf(b, instance(1));
      await join(sa, threadId);
      await join(sb, threadId);
      const heard = new Set<string>();
      sb.on('message:new', (m) => heard.add(m.body));

      const restarting = cluster.restartRedis();
      const during = await a
        .on(0)
        .post(`/api/threads/${threadId}/messages`)
        .send({ clientId: cid(), body: 'posted while Redis restarts' });
      expect(during.status).toBe(201);
      await restarting;
      await waitUntil('the message from the restart', () => heard.has('posted while Redis restarts'));
      await a
        .on(0)
        .post(`/api/threads/${threadId}/messages`)
        .send({ clientId: cid(), body: 'after' })
        .expect(201);
      await waitUntil('a message after the restart', () => heard.has('after'));
    },
    SLOW_TEST_MS,
  );
});
