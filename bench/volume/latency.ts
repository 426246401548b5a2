import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/realtime';
import type { ReadRoute, Targets } from './routes';

export const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
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

type Run = (check: boolean) => Promise<number | null>;

/**
 * One client per app, one request at a time, the apps taking turns request by request (demo,
 * volume, demo, …), so a pause of the machine (a collector, another process) lands on both alike
 * instead of on whichever app was being measured then. Warm-ups first (the first answer of each is
 * checked and counted), then timed samples until SAMPLES or the time budget, whichever comes first.
 * An app so slow that another request would overrun its budget stops taking turns; if it has no
 * sample yet, its last warm-up request is the sample.
 */
export async function measureTurns(runs: Run[]): Promise<Latency[]> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const budget = ROUTE_BUDGET_MS * runs.length;
  const results = runs.map((): Latency => ({
    samples: 0,
    p50: NaN,
    p99: NaN,
    items: null,
    cutByBudget: false,
    error: null,
  }));
  const times = runs.map((): number[] => []);
  const lastWarmUp = runs.map(() => 0);
  const live = runs.map(() => true);
  const turn = async (i: number, body: () => Promise<void>) => {
    try {
      await body();
    } catch (err) {
      results[i]!.error = err instanceof Error ? err.message : String(err);
      live[i] = false;
    }
  };
  for (let w = 0; w < WARM_UPS && elapsed() <= budget / 4; w++)
    for (const [i, run] of runs.entries()) {
      if (!live[i]) continue;
      await turn(i, async () => {
        const t0 = performance.now();
        const items = await run(w === 0);
        lastWarmUp[i] = performance.now() - t0;
        if (w === 0) results[i]!.items = items;
      });
    }
  while (live.some((on, i) => on && times[i]!.length < SAMPLES)) {
    for (const [i, run] of runs.entries()) {
      if (!live[i] || times[i]!.length >= SAMPLES) continue;
      const previous = times[i]![times[i]!.length - 1] ?? lastWarmUp[i]!;
      if (elapsed() + previous > budget) {
        results[i]!.cutByBudget = true;
        // Too slow to ask again within the budget: its last warm-up request is the sample.
        if (times[i]!.length === 0) times[i]!.push(lastWarmUp[i]!);
        live[i] = false;
        continue;
      }
      await turn(i, async () => {
        const t0 = performance.now();
        await run(false);
        times[i]!.push(performance.now() - t0);
      });
    }
  }
  return results.map((result, i) => {
    const sorted = times[i]!.sort((a, b) => a - b);
    if (sorted.length)
      Object.assign(result, {
        samples: sorted.length,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
      });
    return result;
  });
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
