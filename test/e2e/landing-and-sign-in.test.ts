import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { launchBrowser } from '../helpers/browser';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
}, SLOW_TEST_MS);
beforeEach(async () => {
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
});
afterEach(() => page.close());
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('public landing page', () => {
  it('shows an anonymous visitor a summary of the latest session report, Bali 2013, with a link to it', async () => {
    await page.goto(ctx.url);
    const summary = page.getByTestId('latest-report');
    await summary.waitFor({ timeout: STEP_MS });
    await expect(
      page
        .getByRole('heading', { name: /Bali 2013/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await summary.getByRole('link', { name: /Read the session report/ }).click();
    const report = page.getByRole('article', { name: /Session report/ });
    await report.waitFor({ timeout: STEP_MS });
    expect(await report.innerText()).toContain('ECPAT International convened the session as chair');
    expect(await page.getByRole('link', { name: 'Sign in' }).first().isVisible()).toBe(true);
    // Not even the "who am I" request fails for a visitor.
    expect(consoleErrors).toEqual([]);
  });
});

describe('sign-in', () => {
  it('lets a member sign in through the form and reach the home page', async () => {
    await page.goto(`${ctx.url}/sign-in`);
    await page.getByLabel('Email').fill('member@example.org');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Maya's first sign-in on this server: "Welcome", not "Welcome back".
    await page.getByRole('heading', { name: 'Welcome, Maya' }).waitFor({ timeout: STEP_MS });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('navigation', { name: 'Main' }).innerText()).toMatch(
      /Library[\s\S]*Indicators[\s\S]*Discussions/,
    );
    // A member has no Admin entry.
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  });

  it('shows a clear error for a wrong password and stays on the form', async () => {
    await page.goto(`${ctx.url}/sign-in`);
    await page.getByLabel('Email').fill('member@example.org');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Email or password is incorrect' })
      .waitFor({ timeout: STEP_MS });
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('shows a host the Admin entry', async () => {
    await page.goto(`${ctx.url}/sign-in`);
    await page.getByLabel('Email').fill('host@example.org');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome/ }).waitFor({ timeout: STEP_MS });
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBeGreaterThan(0);
  });
});
