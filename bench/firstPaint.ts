/**
 * First paint of the landing page for an anonymous first visit: the app with demo data, Debian's
 * Chromium, fresh browser contexts (cold cache), median of BENCH_RUNS (default 9) after a warm-up.
 * Target: ≤ 500 ms on this machine when it is quiet. Run with `npm run bench:first-paint` (after a
 * client build: `npm start` or `npm test` makes one).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDatabase, spawnApp } from './lib/processes';
import { DESKTOP, launchBrowser } from '../test/helpers/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-paint-'));
  const db = await benchDatabase();
  const app = await spawnApp(`${db.uri}benchpaint`, work, { SEED_DEMO: 'true' });
  const browser = await launchBrowser();
  try {
    const fcp = async () => {
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto(app.url, { waitUntil: 'load' });
      // Evaluated in the page (a string: this file is compiled without the DOM's types).
      const t = (await page.evaluate(`new Promise((resolve) =>
        new PerformanceObserver((list) => {
          const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
          if (e) resolve(e.startTime);
        }).observe({ type: 'paint', buffered: true }))`)) as number;
      await context.close();
      return t;
    };
    await fcp();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await fcp());
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `\nLanding page first contentful paint, ${RUNS} cold loads: median ${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}); target ≤ 500 ms: ${median <= 500 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await browser.close();
    await app.stop();
    await db.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
