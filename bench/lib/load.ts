import { createRequire } from 'node:module';

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  errors: number;
}

/** The parts of autocannon's programmatic API used here (it ships no type definitions). */
interface AutocannonResult {
  requests: { total: number };
  duration: number;
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * A closed-loop HTTP load generator (autocannon: keep-alive connections, requests written straight to
 * the socket), so the generator itself takes as little of the shared machine's CPU as possible. With a
 * function for `url`, each request asks it for the next path.
 */
export async function load(
  url: string | (() => string),
  { connections = 32, seconds = 5 } = {},
): Promise<LoadResult> {
  const first = typeof url === 'string' ? url : url();
  const origin = new URL(first).origin;
  const next = typeof url === 'string' ? null : url;
  const result = await autocannon({
    url: first,
    connections,
    duration: seconds,
    ...(next
      ? {
          requests: [
            {
              setupRequest: (req: Record<string, unknown>) => ({ ...req, path: next().slice(origin.length) }),
            },
          ],
        }
      : {}),
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / result.duration,
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    // autocannon's `errors` already counts timeouts.
    errors: result.errors + result.non2xx,
  };
}
