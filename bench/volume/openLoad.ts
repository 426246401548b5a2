import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Throughput } from './throughput';

/** A request unanswered this long counts as an error. */
const TIMEOUT_MS = 10_000;

function get(agent: http.Agent, url: URL, path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { agent, host: url.hostname, port: url.port, path, headers: { cookie, accept: 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

/** `/api/threads/<id>/messages?…` → `GET /api/threads/:id/messages`: latencies are reported per route too. */
const routeOf = (path: string) => 'GET ' + path.split('?')[0]!.replace(/\/[0-9a-f]{24}(?=\/|$)/g, '/:id');

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/**
 * Open-loop load, as people arrive: requests come at `rate` per second on average with random
 * (exponential) gaps, each taken by the next of `clients` keep-alive connections; a connection
 * still busy queues it. Latency counts from the moment the request was due, so time spent waiting
 * behind a slow answer is measured too (no coordinated omission).
 */
export async function openLoad(
  baseUrl: string,
  cookies: string[],
  nextPath: () => string,
  opts: { clients: number; rate: number; seconds: number },
): Promise<Throughput> {
  const url = new URL(baseUrl);
  const clients = Array.from({ length: opts.clients }, () => ({
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    tail: Promise.resolve(),
  }));
  const latencies: number[] = [];
  const byRoute: Record<string, number[]> = {};
  let errors = 0;
  let timeouts = 0;
  let non2xx = 0;
  // How late the generator itself was: a stall here counts in every latency (they run from the due time).
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const started = performance.now();
  const end = started + opts.seconds * 1000;
  let due = started;
  let k = 0;
  const pending: Promise<void>[] = [];
  while (due < end) {
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const client = clients[k % clients.length]!;
    const [path, cookie, at] = [nextPath(), cookies[k % cookies.length]!, due];
    k++;
    client.tail = client.tail.then(() =>
      get(client.agent, url, path, cookie).then(
        (status) => {
          const took = performance.now() - at;
          latencies.push(took);
          const route = routeOf(path);
          (byRoute[route] ??= []).push(took);
          if (status < 200 || status >= 300) non2xx++;
        },
        (err: Error) => {
          errors++;
          if (err.message === 'timeout') timeouts++;
        },
      ),
    );
    pending.push(client.tail);
    due += -Math.log(1 - Math.random()) * (1000 / opts.rate);
  }
  await Promise.all(pending);
  lag.disable();
  const seconds = (performance.now() - started) / 1000;
  clients.forEach((c) => c.agent.destroy());
  latencies.sort((a, b) => a - b);
  return {
    seconds: Number(seconds.toFixed(2)),
    clients: opts.clients,
    offeredRate: opts.rate,
    sessions: cookies.length,
    requests: latencies.length + errors,
    rps: latencies.length / seconds,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    errors,
    timeouts,
    non2xx,
    generatorLagP99: Math.round(lag.percentile(99) / 1e6),
    generatorLagMax: Math.round(lag.max / 1e6),
    routes: Object.entries(byRoute).map(([route, list]) => {
      list.sort((a, b) => a - b);
      return {
        route,
        n: list.length,
        p50: Math.round(percentile(list, 50)),
        p99: Math.round(percentile(list, 99)),
      };
    }),
  };
}
