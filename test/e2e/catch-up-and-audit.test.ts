/**
 * A brand-new member's first sign-in and catch-up (no "Welcome back", everything a link, what
 * changed since the last visit on the next one), and the host's audit log read at 1280 px (names
 * with links, search by name, no sideways scrolling, plain IP addresses).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { DESKTOP, PHONE, launchBrowser, saveScreenshot, signInThroughForm } from '../helpers/browser';
import { createUser, TEST_PASSWORD } from '../factories';
import { Organisation } from '../../server/models/Organisation';
import { DocumentModel } from '../../server/models/Document';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
}, SLOW_TEST_MS);
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await ctx?.close();
});

async function newWindow(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context.newPage();
}

/** Signs in through the form with an account created by the test. */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${ctx.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome/ }).waitFor({ timeout: STEP_MS });
}

describe('a brand-new member', () => {
  it('is welcomed (not "back"), finds Catch-up in the menu, and every item there is a link', async () => {
    const org = (await Organisation.findOne({ slug: 'ecpat-international' }).lean())!;
    const nadia = await createUser({ name: 'Nadia Newcomer', role: 'member', organisationId: org._id });
    const page = await newWindow();
    await signIn(page, nadia.email);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome, Nadia');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catch-up' }).click();
    await page.getByRole('heading', { name: 'Catch up', level: 1 }).waitFor({ timeout: STEP_MS });
    await page.getByRole('heading', { name: 'Your first visit' }).waitFor({ timeout: STEP_MS });
    // Open consultations and status tiles lead to the indicators.
    await page
      .getByRole('link', { name: /CSAM-01/ })
      .first()
      .click();
    await page.waitForURL(/\/indicators\/CSAM-01$/);
    await page.goBack();
    await page
      .getByRole('link', { name: /In consultation/i })
      .first()
      .click();
    await page.waitForURL(
      (url) => url.pathname === '/indicators' && url.searchParams.get('status') === 'consultation',
    );
    await page.goBack();
    // Decisions sit under their meeting, named once, as a link.
    const decisions = page.locator('section[aria-labelledby="cu-decisions"]');
    const meetingLink = decisions.getByRole('link', { name: /Bali 2013/ });
    expect(await meetingLink.count()).toBe(1);
    expect(await meetingLink.innerText()).not.toMatch(/^\(/);
    await saveScreenshot(page, 'desktop-catch-up-first-visit');

    // Next visit: "Welcome back", and what changed in between.
    await DocumentModel.create({
      title: 'Hotline statistics 2014',
      kind: 'report',
      visibility: 'members',
      ownerId: nadia._id,
      currentVersion: 1,
    });
    const next = await newWindow(PHONE);
    await signIn(next, nadia.email);
    expect(await next.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome back, Nadia');
    await next.getByRole('link', { name: 'what changed since your last visit' }).click();
    const since = next.getByTestId('since-last-visit');
    await since.getByRole('heading', { name: 'Since your last visit' }).waitFor({ timeout: STEP_MS });
    await since.getByRole('link', { name: 'Hotline statistics 2014' }).waitFor();
    await saveScreenshot(since, 'phone-catch-up-since');
  });
});

describe('the audit log at 1280 px', () => {
  it('names people and items with links, searches by name, fits its column and shows plain IPs', async () => {
    // Some events: Maya and the host sign in.
    await signInThroughForm(await newWindow(), ctx.url, 'member@example.org');
    const page = await newWindow();
    await signInThroughForm(page, ctx.url, 'host@example.org');
    await page.goto(`${ctx.url}/admin/audit`);
    const table = page.locator('.audit-table');
    await table.waitFor({ timeout: STEP_MS });

    await saveScreenshot(page, 'desktop-audit-log');
    const widths = await page
      .locator('.table-scroll')
      .evaluate((el) => ({ content: el.scrollWidth, box: el.clientWidth }));
    expect(widths.content).toBeLessThanOrEqual(widths.box);
    expect(await table.innerText()).not.toContain('::ffff:');

    await page.getByLabel('Who (name or email)').fill('Maya');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.audit-table tbody tr')].every((r) =>
          r.textContent?.includes('Maya Member'),
        ),
      null,
      { timeout: STEP_MS },
    );
    const row = table.locator('tbody tr').first();
    // The actor and the target are names that lead somewhere, not ids.
    await row.getByRole('link', { name: 'Maya Member', exact: true }).waitFor({ timeout: STEP_MS });
    await row.getByRole('link', { name: /Maya Member \(member@example.org\)/ }).click();
    await page.waitForURL((url) => url.pathname === '/admin/users', { timeout: STEP_MS });
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor({ timeout: STEP_MS });
    expect(await page.getByLabel('Name or email', { exact: true }).inputValue()).toBe('member@example.org');
  });
});
