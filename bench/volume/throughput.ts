import { autocannon } from '../lib/load';
import { INDICATOR_STATUSES } from '@shared/schemas/indicator';
import type { Rng } from './random';

export const THROUGHPUT_SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
/** The same load first, not counted: caches warm as on a server that has been up a while. */
export const THROUGHPUT_WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
export const THROUGHPUT_CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
/**
 * Requests per second the clients send together, arriving at random as people do (openLoad.ts).
 * 0 sends as fast as answers come back (closed loop, autocannon): that measures the most the app
 * serves, but then every latency is the 200 clients' own queue (Little's law), not the app's.
 * Offered 5% above the 400 req/s target: open-loop arrivals are random, so at exactly 400 the
 * served rate lands on either side of it by chance; at 420 the target is met only if the app keeps up.
 */
export const THROUGHPUT_RATE = Number(process.env.BENCH_RATE ?? 420);
/** A request unanswered this long counts as an error (autocannon's timeout). */
const TIMEOUT_S = 10;

export interface Throughput {
  seconds: number;
  clients: number;
  /** Requests per second offered by all clients together; null: as fast as possible. */
  offeredRate: number | null;
  sessions: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Event-loop delay of the load generator itself (open loop only), ms: a late generator inflates latencies. */
  generatorLagP99?: number;
  generatorLagMax?: number;
  /** The same latencies per route (open loop only). */
  routes?: { route: string; n: number; p50: number; p99: number }[];
}

interface RawRequest {
  path?: string;
  headers?: Record<string, string>;
}

/** What the mixed load reads: the catalogue, threads, notifications, library search, follow-ups. */
export function mixedReads(rng: Rng, threadIds: string[], vocabulary: string[]): () => string {
  const query = () => {
    const w = rng.skewed(vocabulary);
    return rng.chance(0.3) ? `${w} ${rng.skewed(vocabulary).slice(0, 3)}` : w.slice(0, 3 + rng.int(0, 2));
  };
  const reads = [
    () =>
      rng.chance(0.5)
        ? '/api/indicators?limit=50'
        : `/api/indicators?status=${rng.pick(INDICATOR_STATUSES)}&limit=50`,
    () => '/api/threads?limit=20',
    () => `/api/threads/${rng.pick(threadIds)}/messages?limit=50`,
    () => '/api/notifications?limit=20',
    () => `/api/documents?q=${encodeURIComponent(query())}&limit=20`,
    () => '/api/follow-ups?limit=20',
  ];
  let k = 0;
  return () => reads[k++ % reads.length]!();
}

/**
 * Closed-loop load from many signed-in clients (autocannon, keep-alive): each request takes the
 * next path of the mix and the next session, so every session is in use all the time.
 */
export async function mixedLoad(url: string, cookies: string[], nextPath: () => string): Promise<Throughput> {
  let n = 0;
  const result = await autocannon({
    url,
    connections: THROUGHPUT_CLIENTS,
    duration: THROUGHPUT_SECONDS,
    timeout: TIMEOUT_S,
    requests: [
      {
        setupRequest: (req: RawRequest) => ({
          ...req,
          path: nextPath(),
          headers: { ...req.headers, accept: 'application/json', cookie: cookies[n++ % cookies.length]! },
        }),
      },
    ],
  });
  return {
    seconds: result.duration,
    clients: THROUGHPUT_CLIENTS,
    offeredRate: null,
    sessions: cookies.length,
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
