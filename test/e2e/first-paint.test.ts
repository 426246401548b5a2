/**
 * The first visit of an anonymous visitor: the landing page paints quickly, preloads no realtime or
 * validation code, fits a reasonable height (a summary of the latest report, not the whole report),
 * and no public page logs a console error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { DESKTOP, PHONE, launchBrowser, saveScreenshot } from '../helpers/browser';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
}, SLOW_TEST_MS);
beforeEach(async () => {
  context = await browser.newContext({ viewport: DESKTOP });
  page = await context.newPage();
});
afterEach(() => context.close());
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

/** First contentful paint of a fresh load of `url`, in milliseconds. */
async function firstContentfulPaint(p: Page, url: string): Promise<number> {
  await p.goto(url, { waitUntil: 'load' });
  return p.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (fcp) resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** Marks of the two libraries an anonymous first visit must not preload. */
const ZOD = 'ZodError';
const SOCKET_IO = 'EIO=';

describe('the landing page on a first visit', () => {
  it('paints before any script has run: the first paint does not wait for the bundle', async () => {
    await page.route('**/*.js', (route) => route.abort());
    const fcp = await firstContentfulPaint(page, ctx.url);
    expect(fcp).toBeGreaterThan(0);
    await page.getByRole('banner').waitFor({ timeout: STEP_MS });
  });

  it('paints quickly (median of five cold loads; ≤ 0.5 s on a quiet machine, see bench:first-paint)', async () => {
    // A warm-up load: the server's first answers (and Chromium's first process) are not the visitor's.
    await firstContentfulPaint(page, ctx.url);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const fresh = await browser.newContext({ viewport: DESKTOP });
      times.push(await firstContentfulPaint(await fresh.newPage(), ctx.url));
      await fresh.close();
    }
    times.sort((a, b) => a - b);
    // The bound a loaded 2-core machine meets (the test suite runs two files at once); the 0.5 s
    // target is measured by `npm run bench:first-paint` on a quiet one.
    expect(times[2]!).toBeLessThanOrEqual(1_500);
  });

  it('preloads neither the validation library nor the realtime client', async () => {
    const html = await (await fetch(ctx.url)).text();
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const code = await (await fetch(ctx.url + src)).text();
      expect({ src, zod: code.includes(ZOD), realtime: code.includes(SOCKET_IO) }).toEqual({
        src,
        zod: false,
        realtime: false,
      });
    }
    // Nor does the visit load the realtime client later, or open a connection.
    const loaded: string[] = [];
    page.on('response', (res) => {
      if (res.url().endsWith('.js'))
        void res.text().then((t) => t.includes(SOCKET_IO) && loaded.push(res.url()));
      if (res.url().includes('/socket.io/')) loaded.push(res.url());
    });
    await page.goto(ctx.url);
    await page.getByTestId('latest-report').waitFor({ timeout: STEP_MS });
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
  });

  it.each([
    ['desktop', DESKTOP, 3000],
    ['phone', PHONE, 6200],
  ])(
    'shows a summary of the latest report with a link, not the whole report (%s)',
    async (name, viewport, maxHeight) => {
      await page.setViewportSize(viewport);
      await page.goto(ctx.url);
      const latest = page.getByTestId('latest-report');
      await latest.waitFor({ timeout: STEP_MS });
      expect(await latest.innerText()).toMatch(/Bali 2013/);
      expect(await latest.innerText()).not.toContain('ECPAT International convened the session as chair');
      await latest.getByRole('link', { name: /Read the session report/ }).waitFor();
      await saveScreenshot(page, `${name}-landing`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(maxHeight);
    },
  );
});

describe('anonymous pages', () => {
  it('log no console error and make no failing request', async () => {
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    const paths = [
      '/',
      '/library',
      '/indicators',
      '/indicators/CSAM-01',
      '/meetings',
      '/members',
      '/glossary',
    ];
    for (const path of [...paths, '/sign-in', '/apply', '/catch-up', '/discussions', '/no-such-page']) {
      await page.goto(ctx.url + path);
      await page.locator('main h1').first().waitFor({ timeout: STEP_MS });
      await page.waitForLoadState('networkidle');
    }
    // One meeting and one document page, reached as a visitor would.
    await page.goto(`${ctx.url}/meetings`);
    await page
      .getByRole('link', { name: /Bali 2013/ })
      .first()
      .click();
    await page.getByRole('article', { name: /Session report/ }).waitFor({ timeout: STEP_MS });
    await page.goto(`${ctx.url}/library?kind=presentation`);
    await page.getByRole('link', { name: /^INHOPE: hotline data/ }).click();
    await page.getByTestId('document-preview').waitFor({ timeout: STEP_MS });
    await page.waitForLoadState('networkidle');
    // The not-found page answers 200 (the app's shell); nothing else may fail.
    expect(problems).toEqual([]);
  });

  it('have no Discussions or Follow-ups in the menu (they only lead to sign-in)', async () => {
    await page.goto(ctx.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Library' }).waitFor({ timeout: STEP_MS });
    // Wait for the app (not the static frame) to have rendered the header.
    await page.getByTestId('header-sign-in').waitFor({ timeout: STEP_MS });
    const entries = await nav.getByRole('link').allInnerTexts();
    expect(entries).toEqual(['Home', 'Library', 'Indicators', 'Meetings', 'Members', 'Glossary']);
  });
});
