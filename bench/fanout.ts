/**
 * Fan-out benchmark: N signed-in clients joined to one thread through the real server, one sender
 * posting at a fixed rate, against a bare Socket.IO server broadcasting to one room — same load
 * generator, alternating, in one run (a warm-up round each, then BENCH_ROUNDS, default 3). Reports
 * delivered fraction, p50/p99 end-to-end latency, server CPU per delivery and the app/bare ratios.
 * Run with `npm run bench:fanout`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { benchDatabase, spawnTs, type BenchProcess, spawnApp, signInDemoMember } from './lib/processes';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_CASES="clients:rate,…" runs other loads (e.g. "1:50" shows the cost per message alone).
const CASES = (process.env.BENCH_CASES ?? '500:50,1000:10').split(',').map((c) => {
  const [clients, rate] = c.split(':').map(Number);
  return { clients: clients!, rate: rate! };
});

function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}

interface Result {
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
  cpuPerDeliveryUs: number;
}

async function openClients(
  url: string,
  n: number,
  cookie: string | null,
  join: (s: Socket) => Promise<unknown>,
): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = Array.from({ length: Math.min(50, n - i) }, () =>
      connect(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: cookie ? { Cookie: cookie } : {},
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
    await Promise.all(batch.map(join));
    sockets.push(...batch);
  }
  return sockets;
}

async function run(
  proc: BenchProcess,
  clients: Socket[],
  sender: Socket,
  rate: number,
  send: (body: string) => Promise<unknown>,
): Promise<Result> {
  const latencies: number[] = [];
  for (const s of clients)
    s.on('message:new', (m: { body: string }) =>
      latencies.push(performance.now() - Number(m.body.split(' ')[1])),
    );
  const cpuBefore = cpuSeconds(proc.pid);
  const total = Math.round(rate * SECONDS);
  for (let i = 0; i < total; i++) {
    send(`t ${performance.now()} ${i}`).catch(() => undefined); // a lost ack shows up as an undelivered message
    await new Promise((r) => setTimeout(r, 1000 / rate));
  }
  await new Promise((r) => setTimeout(r, 1500));
  const cpu = cpuSeconds(proc.pid) - cpuBefore;
  for (const s of clients) s.off('message:new');
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
  return {
    delivered: latencies.length,
    expected: total * clients.length,
    p50: q(0.5),
    p99: q(0.99),
    cpuPerDeliveryUs: (cpu / Math.max(1, latencies.length)) * 1e6,
  };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-fanout-'));
  const db = await benchDatabase();
  const app = await spawnApp(`${db.uri}benchfanout`, work, { SEED_DEMO: 'true', MESSAGE_RATE: '100000/1' });
  const bare = await spawnTs('bench/bareSocket.ts', {}, '/');
  try {
    const cookie = await signInDemoMember(app.url);
    const created = await fetch(`${app.url}/api/threads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: app.url, Cookie: cookie },
      body: JSON.stringify({ title: 'Fan-out benchmark' }),
    });
    const threadId = ((await created.json()) as { id: string }).id;
    console.log(
      `\nFan-out benchmark, ${SECONDS}s per run, ${os.cpus().length} cores (clients, sender and servers share the machine)`,
    );
    for (const { clients: n, rate } of CASES) {
      const appClients = await openClients(app.url, n, cookie, (s) =>
        s.timeout(10_000).emitWithAck('thread:join', { threadId }),
      );
      const bareClients = await openClients(bare.url, n, null, (s) =>
        s.timeout(10_000).emitWithAck('join', 'room'),
      );
      const [appSender] = await openClients(app.url, 1, cookie, async () => undefined);
      const [bareSender] = await openClients(bare.url, 1, null, async () => undefined);
      let k = 0;
      const results: { app: Result[]; bare: Result[] } = { app: [], bare: [] };
      const appRound = () =>
        run(app, appClients, appSender!, rate, (body) =>
          appSender!
            .timeout(10_000)
            .emitWithAck('message:send', { threadId, clientId: `bench${Date.now()}x${k++}`, body }),
        );
      const bareRound = () =>
        run(bare, bareClients, bareSender!, rate, (body) =>
          bareSender!
            .timeout(10_000)
            .emitWithAck('send', { room: 'room', body, clientId: `bench${Date.now()}x${k++}` }),
        );
      // Round 0 of each is a warm-up (V8 compiling the hot paths) and is not counted.
      for (let round = 0; round <= ROUNDS; round++) {
        const [a, b] = [await appRound(), await bareRound()];
        if (round === 0) continue;
        results.app.push(a);
        results.bare.push(b);
      }
      const avg = (rs: Result[], f: (r: Result) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
      const line = (name: string, rs: Result[]) =>
        `  ${name.padEnd(5)} delivered ${(avg(rs, (r) => r.delivered / r.expected) * 100).toFixed(2)}%  p50 ${avg(rs, (r) => r.p50).toFixed(1)} ms  p99 ${avg(rs, (r) => r.p99).toFixed(1)} ms  CPU/delivery ${avg(rs, (r) => r.cpuPerDeliveryUs).toFixed(1)} µs`;
      console.log(
        `N=${n} at ${rate} msg/s (${ROUNDS} alternating rounds each, after one warm-up round each)`,
      );
      console.log(line('app', results.app));
      console.log(line('bare', results.bare));
      console.log(
        `  ratios app/bare: p99 ${(avg(results.app, (r) => r.p99) / avg(results.bare, (r) => r.p99)).toFixed(2)} (goal ≤ 1.5), CPU/delivery ${(avg(results.app, (r) => r.cpuPerDeliveryUs) / avg(results.bare, (r) => r.cpuPerDeliveryUs)).toFixed(2)}`,
      );
      [...appClients, ...bareClients, appSender!, bareSender!].forEach((s) => s.disconnect());
    }
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
