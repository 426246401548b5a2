import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { launchBrowser, signInThroughForm } from '../helpers/browser';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** A page in a fresh browser context: its own cookies, so each test (and each person) starts signed out. */
async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
}, SLOW_TEST_MS);
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('invitations', () => {
  it('lets a host invite a member through Admin, and the invitee accept in another browser', async () => {
    const host = await newPage();
    await signInThroughForm(host, ctx.url, 'host@example.org');

    await host.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await host
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Invitations' })
      .click();
    await host.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor({ timeout: STEP_MS });

    const form = host.getByTestId('invite-form');
    await form.getByLabel('Email').fill('new.member@example.test');
    await form.getByLabel('Role').selectOption('member');
    const organisation = form.getByLabel('Organisation');
    await organisation.locator('option', { hasText: 'ECPAT International' }).waitFor({ state: 'attached' });
    await organisation.selectOption({ label: 'ECPAT International' });
    await form.getByRole('button', { name: 'Create invitation' }).click();

    const notice = host.getByTestId('issued-link-notice');
    await notice.waitFor({ timeout: STEP_MS });
    expect(await notice.innerText()).toContain('new.member@example.test');
    const acceptUrl = await host.getByTestId('issued-link').inputValue();
    expect(acceptUrl).toMatch(new RegExp(`^${ctx.url}/invitations/[A-Za-z0-9_-]+$`));
    // The new invitation is listed as pending, with its organisation.
    await host.getByRole('row').filter({ hasText: 'new.member@example.test' }).waitFor();
    expect(await host.getByRole('row').filter({ hasText: 'new.member@example.test' }).innerText()).toContain(
      'ECPAT International',
    );

    // The invitee, in a second browser context with no session.
    const invitee = await newPage();
    await invitee.goto(acceptUrl);
    const summary = invitee.getByTestId('invitation-summary');
    await summary.waitFor({ timeout: STEP_MS });
    expect(await summary.innerText()).toContain('ECPAT International');
    await invitee.getByLabel('Your name').fill('Nadia Newcomer');
    await invitee.getByLabel('Password', { exact: true }).fill('a long new password');
    await invitee.getByLabel('Repeat the password').fill('a long new password');
    await invitee.getByRole('button', { name: 'Create my account' }).click();

    // A brand-new member is welcomed, not welcomed back.
    await invitee.getByRole('heading', { name: 'Welcome, Nadia' }).waitFor({ timeout: STEP_MS });
    expect(new URL(invitee.url()).pathname).toBe('/');
    expect(await invitee.getByTestId('user-name').innerText()).toBe('Nadia Newcomer');
    expect(await invitee.getByTestId('home-identity').innerText()).toContain('ECPAT International');

    // The link works once: opening it again says so.
    const again = await newPage();
    await again.goto(acceptUrl);
    await again.getByTestId('dead-link').waitFor({ timeout: STEP_MS });
    expect(await again.getByRole('heading', { level: 1 }).innerText()).toMatch(/can no longer be used/);
  });
});

describe('member directory', () => {
  it('lets an anonymous visitor filter by category and see the category chart', async () => {
    const page = await newPage();
    await page.goto(`${ctx.url}/members`);
    const chart = page.getByTestId('category-chart');
    await chart.waitFor({ timeout: STEP_MS });
    expect(await chart.getByRole('heading', { name: 'Organisations by category' }).isVisible()).toBe(true);
    // Each bar states its count and links to that category.
    const hotlineBar = chart.getByRole('link', { name: /^Hotline: 2 organisations$/ });
    expect(await hotlineBar.getAttribute('href')).toBe('/members?category=hotline');

    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Hotline' });
    await page.waitForURL(/category=hotline/);
    await page.getByTestId('result-count').filter({ hasText: '2 organisations match' }).waitFor();
    const names = await page.getByTestId('organisation-card').getByRole('heading').allInnerTexts();
    expect(names.sort()).toEqual(['INHOPE', 'Internet Watch Foundation (IWF)']);
    // The chart marks the chosen category.
    expect(await hotlineBar.getAttribute('aria-current')).toBe('true');
  });

  it('tells anonymous visitors to sign in to see who represents an organisation', async () => {
    const page = await newPage();
    await page.goto(`${ctx.url}/members?org=iwf`);
    await page.getByTestId('people-sign-in-note').waitFor({ timeout: STEP_MS });
    expect(await page.getByTestId('people-sign-in-note').innerText()).toContain(
      'Sign in to see who represents this organisation',
    );
  });
});
