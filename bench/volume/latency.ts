import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/realtime';
import type { ReadRoute, Targets } from './routes';

export const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
export const WARM_UPS = Math.max(1, Number(process.env.BENCH_WARMUPS ?? 5));
/** Wall time allowed per route and app, warm-ups included; slow routes get fewer samples. */
export const ROUTE_BUDGET_MS = Number(process.env.BENCH_ROUTE_BUDGET_S ?? 20) * 1000;

export interface Latency {
  samples: number;
  p50: number;
  p99: number;
  /** Items in the answer (messages, notifications…), or the unread count for the bell. */
  items: number | null;
  /** Fewer samples than asked for, because the route's time budget ran out. */
  cutByBudget: boolean;
  error: string | null;
}

/** Nearest-rank percentile of sorted values (p99 of fewer than 100 samples is their maximum). */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;

/**
 * One client, one request at a time: warm-ups (the first answer is checked and counted), then
 * timed samples until SAMPLES or the time budget, whichever comes first. A route so slow that a
 * second request would overrun the budget is timed on its one warm-up request.
 */
export async function measure(run: (check: boolean) => Promise<number | null>): Promise<Latency> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const result: Latency = { samples: 0, p50: NaN, p99: NaN, items: null, cutByBudget: false, error: null };
  const times: number[] = [];
  try {
    let lastWarmUp = 0;
    for (let i = 0; i < WARM_UPS; i++) {
      const t0 = performance.now();
      const items = await run(i === 0);
      lastWarmUp = performance.now() - t0;
      if (i === 0) result.items = items;
      if (elapsed() > ROUTE_BUDGET_MS / 4) break;
    }
    while (times.length < SAMPLES) {
      const previous = times[times.length - 1] ?? lastWarmUp;
      if (elapsed() + previous > ROUTE_BUDGET_MS) {
        result.cutByBudget = true;
        // Too slow to ask again within the budget: its one (first) request is the sample.
        if (times.length === 0) times.push(lastWarmUp);
        break;
      }
      const t0 = performance.now();
      await run(false);
      times.push(performance.now() - t0);
    }
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  }
  times.sort((a, b) => a - b);
  if (times.length)
    Object.assign(result, {
      samples: times.length,
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
    });
  return result;
}

/** A GET as the client sends it; the checked answer must parse with the client's schema. */
export function httpRead(url: string, cookie: string, route: ReadRoute, targets: Targets) {
  const path = route.path(targets);
  return async (check: boolean): Promise<number | null> => {
    const res = await fetch(`${url}${path}`, { headers: { Cookie: cookie, Accept: 'application/json' } });
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${text.slice(0, 120)}`);
    if (!check) return null;
    const parsed = route.schema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `answer does not parse with the client's schema: ${issue?.path.join('.')} ${issue?.message}`,
      );
    }
    return route.count(parsed.data);
  };
}

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A signed-in Socket.IO client, as the browser opens it. */
export async function openSocket(url: string, cookie: string): Promise<AppSocket> {
  const socket: AppSocket = connect(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { Cookie: cookie },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Sends a message and waits for the server's acknowledgement (stored and numbered). */
export function socketSend(socket: AppSocket, threadId: string) {
  let n = 0;
  return async (): Promise<number> => {
    n += 1;
    const ack = await socket.timeout(60_000).emitWithAck('message:send', {
      threadId,
      clientId: `bench-${Date.now()}-${n}`,
      body: `Benchmark message ${n}`,
    });
    if (!ack.ok) throw new Error(`${ack.error}: ${ack.message}`);
    return 1;
  };
}
