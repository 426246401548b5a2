/**
 * Cluster fan-out benchmark: the local cluster (scripts/cluster/topology.ts: Redis, FerretDB, three
 * instances, HAProxy). One sender on instance 1 posts at a fixed rate to one thread; first 500
 * clients all on instance 1, then 1,500 clients, 500 on each instance — same rate, alternating
 * rounds, in one run. Reports delivered %, p50/p99 end-to-end latency and the 3-instance/1-instance
 * ratios. Run with `npm run bench:cluster` (BENCH_CLIENTS, BENCH_RATE, BENCH_SECONDS, BENCH_ROUNDS).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { freePortBlock, startCluster } from '../scripts/cluster/topology';

const PER_INSTANCE = Number(process.env.BENCH_CLIENTS ?? 500);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

interface Result {
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
}

async function openClients(url: string, n: number, cookie: string, threadId: string): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = Array.from({ length: Math.min(50, n - i) }, () =>
      connect(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { Cookie: cookie },
      }),
    );
    await Promise.all(
      batch.map(
        (s) =>
          new Promise<void>((resolve, reject) => {
            s.once('connect', () => resolve());
            s.once('connect_error', reject);
          }),
      ),
    );
    await Promise.all(batch.map((s) => s.timeout(30_000).emitWithAck('thread:join', { threadId })));
    sockets.push(...batch);
  }
  return sockets;
}

async function round(clients: Socket[], sender: Socket, threadId: string): Promise<Result> {
  const latencies: number[] = [];
  const listener = (m: { body: string }) => latencies.push(performance.now() - Number(m.body.split(' ')[1]));
  clients.forEach((s) => s.on('message:new', listener));
  const total = Math.round(RATE * SECONDS);
  for (let i = 0; i < total; i++) {
    sender
      .timeout(10_000)
      .emitWithAck('message:send', {
        threadId,
        clientId: `bench${Date.now()}x${i}`,
        body: `t ${performance.now()} ${i}`,
      })
      .catch(() => undefined); // a lost ack shows up as an undelivered message
    await new Promise((r) => setTimeout(r, 1000 / RATE));
  }
  await new Promise((r) => setTimeout(r, 2_000));
  clients.forEach((s) => s.off('message:new', listener));
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
  return { delivered: latencies.length, expected: total * clients.length, p50: q(0.5), p99: q(0.99) };
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({
      email: 'member@example.org',
      password: (await import('../server/seed/data/accounts')).DEMO_PASSWORD,
    }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .find((c) => c.startsWith('cw.sid='))!
    .split(';')[0]!;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-cluster-'));
  const cluster = await startCluster({
    basePort: await freePortBlock(),
    dataDir,
    seedDemo: true,
    env: { LOG_LEVEL: 'warn', MESSAGE_RATE: '100000/1' },
  });
  try {
    const [a, b, c] = cluster.instances.map((i) => i.url) as [string, string, string];
    const cookie = await signIn(a);
    const created = await fetch(`${a}/api/threads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: a, Cookie: cookie },
      body: JSON.stringify({ title: 'Cluster fan-out benchmark' }),
    });
    const threadId = ((await created.json()) as { id: string }).id;
    const [sender] = await openClients(a, 1, cookie, threadId);
    const onA = await openClients(a, PER_INSTANCE, cookie, threadId);
    const one: Result[] = [];
    const three: Result[] = [];
    await round(onA, sender!, threadId); // warm-up
    for (let r = 0; r < ROUNDS; r++) one.push(await round(onA, sender!, threadId));
    const reconnected = [
      ...(await openClients(b, PER_INSTANCE, cookie, threadId)),
      ...(await openClients(c, PER_INSTANCE, cookie, threadId)),
    ];
    for (let r = 0; r < ROUNDS; r++) three.push(await round([...onA, ...reconnected], sender!, threadId));
    const avg = (rs: Result[], f: (r: Result) => number) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
    const line = (name: string, rs: Result[]) =>
      `  ${name.padEnd(28)} delivered ${(avg(rs, (r) => r.delivered / r.expected) * 100).toFixed(2)}%  p50 ${avg(rs, (r) => r.p50).toFixed(1)} ms  p99 ${avg(rs, (r) => r.p99).toFixed(1)} ms`;
    console.log(
      `\nCluster fan-out, ${RATE} msg/s for ${SECONDS} s, ${ROUNDS} rounds each, ${os.cpus().length} cores shared by everything`,
    );
    console.log(line(`${PER_INSTANCE} clients on 1 instance`, one));
    console.log(line(`${PER_INSTANCE * 3} clients on 3 instances`, three));
    console.log(
      `  ratios 3 instances / 1: p50 ${(avg(three, (r) => r.p50) / avg(one, (r) => r.p50)).toFixed(2)}, p99 ${(avg(three, (r) => r.p99) / avg(one, (r) => r.p99)).toFixed(2)}, deliveries ×${(avg(three, (r) => r.delivered) / avg(one, (r) => r.delivered)).toFixed(2)}`,
    );
    [sender!, ...onA, ...reconnected].forEach((s) => s.disconnect());
  } finally {
    await cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
