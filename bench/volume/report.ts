import fs from 'node:fs';
import path from 'node:path';
import type { Latency } from './latency';
import type { Throughput } from './throughput';
import type { RouteProfile } from './profile';

export const TARGETS = {
  routeP99Ms: 50,
  routeRatio: 2,
  throughputRps: 400,
  throughputP99Ms: 300,
  throughputErrors: 0,
};

export interface RouteResult {
  route: string;
  request: string;
  demo: Latency;
  volume: Latency;
  /** Volume p99 over demo p99. */
  ratio: number;
  met: boolean;
}

export const routeResult = (route: string, request: string, demo: Latency, volume: Latency): RouteResult => {
  const ratio = volume.p99 / demo.p99;
  const met = !demo.error && !volume.error && volume.p99 <= TARGETS.routeP99Ms && ratio <= TARGETS.routeRatio;
  return { route, request, demo, volume, ratio, met };
};

const throughputMet = (t: Throughput) =>
  t.rps >= TARGETS.throughputRps &&
  t.p99 <= TARGETS.throughputP99Ms &&
  t.errors + t.non2xx <= TARGETS.throughputErrors;

/** Milliseconds, readable from 0.5 to 50,000. */
export const ms = (v: number) =>
  Number.isNaN(v) ? '–' : v < 100 ? v.toFixed(v < 10 ? 2 : 1) : Math.round(v).toLocaleString('en');

const cell = (l: Latency, pick: (l: Latency) => number) =>
  l.error ? 'error' : `${ms(pick(l))}${l.cutByBudget ? '*' : ''}`;

export function printRouteTable(results: RouteResult[]) {
  const head = [
    'route',
    'items d/v',
    'demo p50',
    'demo p99',
    'volume p50',
    'volume p99',
    'ratio p99',
    'n d/v',
    'target met',
  ];
  const rows = results.map((r) => [
    r.route,
    `${r.demo.items ?? '–'}/${r.volume.items ?? '–'}`,
    cell(r.demo, (l) => l.p50),
    cell(r.demo, (l) => l.p99),
    cell(r.volume, (l) => l.p50),
    cell(r.volume, (l) => l.p99),
    Number.isFinite(r.ratio) ? `${r.ratio.toFixed(1)}×` : '–',
    `${r.demo.samples}/${r.volume.samples}`,
    r.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  rows.forEach((row) => console.log(line(row)));
  for (const r of results)
    for (const app of ['demo', 'volume'] as const)
      if (r[app].error) console.log(`  ${r.route} (${app}): ${r[app].error}`);
}

export function printThroughput(t: Throughput) {
  console.log(
    `Throughput, volume app, ${t.clients} clients on ${t.sessions} sessions, ${t.seconds} s of mixed reads` +
      `${t.offeredRate ? ` offered at ${t.offeredRate} req/s together` : ' as fast as answered'}: ` +
      `${t.rps.toFixed(0)} req/s, p50 ${ms(t.p50)} ms, p99 ${ms(t.p99)} ms, ${t.errors} errors (${t.timeouts} timeouts), ${t.non2xx} non-2xx` +
      (t.generatorLagMax === undefined
        ? ''
        : ` (load generator's own event-loop delay: p99 ${t.generatorLagP99} ms, max ${t.generatorLagMax} ms)`) +
      ` — targets ≥ ${TARGETS.throughputRps} req/s, p99 ≤ ${TARGETS.throughputP99Ms} ms, 0 errors: ${throughputMet(t) ? 'met' : 'NOT met'}`,
  );
  for (const r of t.routes ?? [])
    console.log(
      `  ${r.route.padEnd(36)} n ${String(r.n).padStart(5)}  p50 ${ms(r.p50).padStart(6)} ms  p99 ${ms(r.p99).padStart(7)} ms`,
    );
}

export function printProfiles(profiles: RouteProfile[]) {
  if (!profiles.length) return;
  console.log('\nDatabase commands of the routes that missed the target (volume app, one request each):');
  for (const p of profiles) {
    console.log(`${p.route} — ${p.request} — ${ms(p.ms)} ms`);
    for (const c of p.commands) {
      const text = c.command.length > 400 ? `${c.command.slice(0, 400)}…` : c.command;
      const took = c.ms < 1 ? c.ms.toFixed(2) : Math.round(c.ms).toLocaleString('en');
      console.log(`  ${took.padStart(7)} ms  ${text}${c.failure ? `  FAILED: ${c.failure}` : ''}`);
    }
  }
}

/** The whole run as JSON, for the README and for comparing runs. */
export function writeResults(file: string, results: object) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
