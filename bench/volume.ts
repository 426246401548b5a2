/**
 * Volume benchmark (issue 12): does the cost of a page follow the page, not the history? Two apps
 * side by side, each on its own embedded database: "demo" with only the demo content, "volume"
 * with the demo content plus five years of a coalition's data (100,000 messages, 50,000
 * notifications, 100,000 audit events, 10,000 documents, 300 indicators × 10 revisions, …; see
 * bench/volume/). For every main read of the client (and a message sent over Socket.IO) it
 * measures p50/p99 for one signed-in client, sequentially, the two apps taking turns; then 200 signed-in
 * clients on a mixed read load against the volume app; then, for the routes that missed the
 * target, which database commands they send and how long each takes.
 *
 * Run with `npm run bench:volume`. Settings: BENCH_SAMPLES (200), BENCH_WARMUPS (5),
 * BENCH_ROUTE_BUDGET_S (20, per route and app), BENCH_SECONDS (30, throughput), BENCH_CLIENTS (200),
 * BENCH_PROFILE=0 (skip the command profile), BENCH_SCALE (1; 0.1 for a quick trial).
 * Results: the printed table and bench/results/volume.json.
 */
import os from 'node:os';
import path from 'node:path';
import { generateVolume, MEMBER_ORG_SLUG, type Generated } from './volume/generate';
import { benchStore, removeStore, signIn, startApp, type BenchApp } from './volume/apps';
import { READ_ROUTES, SEND_ROUTE, type ReadRoute, type Targets } from './volume/routes';
import {
  ROUTE_BUDGET_MS,
  SAMPLES,
  WARM_UPS,
  httpRead,
  measureTurns,
  openSocket,
  socketSend,
  type Latency,
} from './volume/latency';
import {
  THROUGHPUT_CLIENTS,
  THROUGHPUT_RATE,
  THROUGHPUT_SECONDS,
  THROUGHPUT_WARMUP_SECONDS,
  mixedLoad,
  mixedReads,
} from './volume/throughput';
import { openLoad } from './volume/openLoad';
import { profileRequests, type ProfileRequest, type RouteProfile } from './volume/profile';
import {
  TARGETS,
  ms,
  printProfiles,
  printRouteTable,
  printThroughput,
  routeResult,
  writeResults,
  type RouteResult,
} from './volume/report';
import { Rng } from './volume/random';
import { VOLUME } from './volume/world';

const RESULTS_FILE = path.resolve('bench/results/volume.json');
const PROFILE = process.env.BENCH_PROFILE !== '0';
const DEMO_ACCOUNTS = { member: 'member@example.org', host: 'host@example.org' };
/** Other work on the machine skews every timing: the 1-minute load average is printed and saved. */
const loadAverage = () => os.loadavg()[0]!.toFixed(1);

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { Cookie: cookie, Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** The thread and indicator each app's pages show: the demo's busiest thread and CSAM-01, or the generated ones. */
async function targetsOf(app: BenchApp, cookie: string, generated: Generated | null): Promise<Targets> {
  type Thread = { id: string; lastSeq: number };
  let thread: Thread;
  if (generated)
    thread = await getJson<Thread>(`${app.url}/api/threads/${generated.measuredThreadId}`, cookie);
  else {
    const list = await getJson<{ items: Thread[] }>(`${app.url}/api/threads?limit=100`, cookie);
    thread = list.items.reduce((a, b) => (b.lastSeq > a.lastSeq ? b : a));
  }
  return {
    threadId: thread.id,
    threadLastSeq: thread.lastSeq,
    indicatorCode: generated?.measuredIndicatorCode ?? 'CSAM-01',
    orgSlug: MEMBER_ORG_SLUG,
    searchWord: 'hotline',
  };
}

function printGeneration(g: Generated) {
  const docs = g.inserted.reduce((n, c) => n + c.count, 0);
  const insertMs = g.inserted.reduce((n, c) => n + c.ms, 0);
  console.log(
    `Generated ${docs.toLocaleString('en')} documents in ${(g.ms / 1000).toFixed(1)} s (demo seed, generation and inserts; inserts alone ${(insertMs / 1000).toFixed(1)} s, ${((insertMs / docs) * 1000).toFixed(0)} µs per document, batches of 1,000):`,
  );
  console.log(
    `  ${g.inserted.map((c) => `${c.collection} ${c.count.toLocaleString('en')} (${ms(c.ms)} ms)`).join(', ')}`,
  );
}

/** Both apps, one route at a time, taking turns request by request (see measureTurns). */
async function measureBoth(
  apps: { demo: BenchApp; volume: BenchApp },
  cookies: Record<'demo' | 'volume', Record<'member' | 'host', string>>,
  targets: Record<'demo' | 'volume', Targets>,
): Promise<RouteResult[]> {
  const results: RouteResult[] = [];
  const progress = (name: string, d: Latency, v: Latency) =>
    console.log(
      `  ${name}: demo p99 ${ms(d.p99)} ms, volume p99 ${ms(v.p99)} ms` +
        (v.cutByBudget
          ? ` (volume: ${v.samples} sample${v.samples === 1 ? '' : 's'} within the time budget)`
          : '') +
        (d.error || v.error ? ` — ERROR ${d.error ?? ''} ${v.error ?? ''}` : ''),
    );
  const read = (name: 'demo' | 'volume', route: ReadRoute) =>
    httpRead(apps[name].url, cookies[name][route.as], route, targets[name]);
  for (const route of READ_ROUTES) {
    const [demo, volume] = await measureTurns([read('demo', route), read('volume', route)]);
    results.push(routeResult(route.name, `GET ${route.path(targets.volume)}`, demo!, volume!));
    progress(route.name, demo!, volume!);
  }
  const sockets = {
    demo: await openSocket(apps.demo.url, cookies.demo.member),
    volume: await openSocket(apps.volume.url, cookies.volume.member),
  };
  const [demo, volume] = await measureTurns([
    socketSend(sockets.demo, targets.demo.threadId),
    socketSend(sockets.volume, targets.volume.threadId),
  ]);
  sockets.demo.disconnect();
  sockets.volume.disconnect();
  results.push(routeResult(SEND_ROUTE, 'message:send {threadId, clientId, body} with ack', demo!, volume!));
  progress(SEND_ROUTE, demo!, volume!);
  return results;
}

async function main() {
  const loadAtStart = loadAverage();
  console.log(
    `\nVolume benchmark, ${os.cpus().length} cores (apps, databases and clients share the machine), load average ${loadAtStart}\n` +
      `Per route: one signed-in client, sequential requests, ${SAMPLES} samples after ${WARM_UPS} warm-ups, at most ${ROUTE_BUDGET_MS / 1000} s per route and app.`,
  );
  const stores = { volume: await benchStore('volume'), demo: await benchStore('demo') };
  const running: BenchApp[] = [];
  try {
    console.log('Generating five years of data into the volume database…');
    const generated = await generateVolume(stores.volume.uri, stores.volume.uploadsDir);
    printGeneration(generated);
    const volume = await startApp('volume', stores.volume);
    running.push(volume);
    const demo = await startApp('demo', stores.demo);
    running.push(demo);
    console.log(
      `Apps ready (start to first library search: indexes built by mongoose, search index built): demo ${(demo.readyMs / 1000).toFixed(1)} s, volume ${(volume.readyMs / 1000).toFixed(1)} s`,
    );
    const cookies = {
      demo: {
        member: await signIn(demo.url, DEMO_ACCOUNTS.member),
        host: await signIn(demo.url, DEMO_ACCOUNTS.host),
      },
      volume: {
        member: await signIn(volume.url, DEMO_ACCOUNTS.member),
        host: await signIn(volume.url, DEMO_ACCOUNTS.host),
      },
    };
    const targets = {
      demo: await targetsOf(demo, cookies.demo.member, null),
      volume: await targetsOf(volume, cookies.volume.member, generated),
    };
    console.log('Measuring each route on both apps…');
    const routes = await measureBoth({ demo, volume }, cookies, targets);

    // The throughput run has the machine to itself (with the volume app and its database).
    await demo.stop();
    const emails = [
      'member@example.org',
      'hotline@example.org',
      'host@example.org',
      ...generated.sessionEmails,
    ];
    const sessions: string[] = [];
    for (const email of emails) sessions.push(await signIn(volume.url, email));
    console.log(
      `Throughput: ${THROUGHPUT_CLIENTS} clients, ${sessions.length} sessions, ${THROUGHPUT_SECONDS} s…`,
    );
    const reads = mixedReads(new Rng(2013), generated.readableThreadIds, generated.vocabulary);
    // A server that has been up a while has its caches warm (rendered messages, pages per role): the
    // same load runs THROUGHPUT_WARMUP_SECONDS first and is not counted, so the figure is the steady state.
    if (THROUGHPUT_WARMUP_SECONDS > 0 && THROUGHPUT_RATE > 0) {
      const warm = await openLoad(volume.url, sessions, reads, {
        clients: THROUGHPUT_CLIENTS,
        rate: THROUGHPUT_RATE,
        seconds: THROUGHPUT_WARMUP_SECONDS,
      });
      console.log(
        `Warm-up (not counted): ${THROUGHPUT_WARMUP_SECONDS} s, ${warm.rps.toFixed(0)} req/s, p50 ${warm.p50} ms, p99 ${warm.p99} ms`,
      );
    }
    // People arriving at THROUGHPUT_RATE (open loop), or as fast as answered with BENCH_RATE=0.
    const throughput =
      THROUGHPUT_RATE > 0
        ? await openLoad(volume.url, sessions, reads, {
            clients: THROUGHPUT_CLIENTS,
            rate: THROUGHPUT_RATE,
            seconds: THROUGHPUT_SECONDS,
          })
        : await mixedLoad(volume.url, sessions, reads);
    await volume.stop();

    let profiles: RouteProfile[] = [];
    const slow = routes.filter((r) => !r.met && !r.volume.error);
    if (PROFILE && slow.length) {
      console.log(`Profiling the database commands of ${slow.length} routes…`);
      const requests: ProfileRequest[] = slow.map((r) => {
        const read = READ_ROUTES.find((x) => x.name === r.route);
        return { route: r.route, as: read?.as ?? 'member', path: read ? read.path(targets.volume) : null };
      });
      profiles = await profileRequests(
        stores.volume.uri,
        stores.volume.workDir,
        requests,
        targets.volume.threadId,
      );
    }

    console.log(
      `\nRoutes (ms; items = what the answer holds, for the bell the unread count; p99 is the nearest rank, the maximum below 100 samples;\n` +
        ` * = fewer samples: ${ROUTE_BUDGET_MS / 1000} s per route and app, and a route slower than half of that is timed on its first request alone).\n` +
        ` Target: volume p99 ≤ ${TARGETS.routeP99Ms} ms and ≤ ${TARGETS.routeRatio}× demo p99.`,
    );
    printRouteTable(routes);
    console.log(`Load average at the end: ${loadAverage()} (on ${os.cpus().length} cores).`);
    printThroughput(throughput);
    printProfiles(profiles);
    writeResults(RESULTS_FILE, {
      ranAt: new Date().toISOString(),
      machine: {
        cores: os.cpus().length,
        node: process.version,
        loadAverageAtStart: Number(loadAtStart),
        loadAverageAtEnd: Number(loadAverage()),
      },
      settings: {
        samples: SAMPLES,
        warmUps: WARM_UPS,
        routeBudgetS: ROUTE_BUDGET_MS / 1000,
        throughputSeconds: THROUGHPUT_SECONDS,
        throughputWarmUpSeconds: THROUGHPUT_WARMUP_SECONDS,
        clients: THROUGHPUT_CLIENTS,
      },
      volume: VOLUME,
      generation: { ms: generated.ms, inserted: generated.inserted },
      apps: { demoReadyMs: demo.readyMs, volumeReadyMs: volume.readyMs },
      targets: TARGETS,
      routes,
      throughput,
      profiles,
    });
    console.log(`\nResults written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    for (const app of running) await app.stop();
    await removeStore(stores.demo);
    await removeStore(stores.volume);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
