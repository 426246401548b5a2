/**
 * An anonymous newcomer catches up alone: landing page → session reports → the Bali 2013 report →
 * a participating organisation in the directory → a glossary term, each page checked with axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestServer, type TestContext } from '../helpers/server';
import { launchBrowser } from '../helpers/browser';
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
  // A phone-sized window; axe needs pages opened from an explicit context.
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
});
afterEach(() => context.close());
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

/** Serious and critical axe violations on the current page, as readable lines. */
async function seriousViolations(p: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: p }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('a newcomer catching up without an account', () => {
  it(
    'goes from the landing page to the Bali 2013 report, an organisation and a glossary term',
    async () => {
      await page.goto(ctx.url);
      await page.getByRole('heading', { name: 'Start here' }).waitFor({ timeout: STEP_MS });
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('link', { name: /Session reports/ }).click();
      await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
      await page.getByRole('heading', { name: '2013', exact: true, level: 2 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page
        .getByRole('link', { name: /Bali 2013/ })
        .first()
        .click();
      const report = page.getByRole('article', { name: /Session report/ });
      await report.waitFor({ timeout: STEP_MS });
      expect(await report.innerText()).toContain('ECPAT International convened the session as chair');
      const presentations = page.getByTestId('presentations');
      expect(await presentations.innerText()).toMatch(/INHOPE[\s\S]*IWF[\s\S]*Financial Coalition/);
      expect(await page.getByTestId('decisions').innerText()).toContain('international definitions');
      // Follow-ups are for members: the visitor is invited to sign in rather than shown them.
      expect(await page.getByText('to see who agreed to do what').isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);

      const participants = page.getByTestId('participants');
      expect(await participants.getByRole('heading', { name: 'Hotline' }).isVisible()).toBe(true);
      await participants.getByRole('link', { name: /UNICEF/ }).click();
      const selected = page.getByRole('region', { name: 'Selected organisation' });
      await selected.getByRole('heading', { name: 'UNICEF' }).waitFor({ timeout: STEP_MS });
      expect(new URL(page.url()).pathname).toBe('/members');
      expect(new URL(page.url()).searchParams.get('org')).toBe('unicef');
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`${ctx.url}/glossary`);
      await page.getByRole('heading', { name: 'Glossary', level: 1 }).waitFor();
      await page.getByLabel('Search terms').fill('hotline');
      await page.getByRole('link', { name: 'Hotline', exact: true }).click();
      await page.getByRole('heading', { name: 'Hotline', level: 1 }).waitFor({ timeout: STEP_MS });
      expect(await page.getByRole('heading', { name: 'Definition' }).isVisible()).toBe(true);
      expect(await page.getByText('Draft', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Notice and takedown' }).isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});
