/**
 * What people stumbled on when walking every journey (issue #18), checked in a real browser at
 * phone (390×844) and laptop (1280×800) sizes: the unread badge on phones, live "viewing now" and
 * typing on the discussions embedded in item pages, the positions table on phones, and Markdown
 * presentations read in the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { DESKTOP, PHONE, launchBrowser, saveScreenshot, signInThroughForm } from '../helpers/browser';
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

/** A fresh browser window of the given size, signed in as a demo account. */
async function signedIn(email: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  await signInThroughForm(page, ctx.url, email);
  return page;
}

describe('on a phone', () => {
  it('shows the unread badge beside the closed Menu button', async () => {
    // The demo discussion mentions Maya, so she has one unread notification.
    const maya = await signedIn('member@example.org', PHONE);
    const badge = maya.getByTestId('notification-count-bar');
    await badge.waitFor({ timeout: STEP_MS });
    expect(await maya.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.innerText()).toBe('1');
    await saveScreenshot(maya, 'phone-header-badge');
    // The whole header still fits the phone's width.
    const overflow = await maya.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // The bell leads to the notification centre.
    await maya.getByTestId('notification-bell-bar').click();
    await maya.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
  });

  it('lays out the positions table without labels running into each other', async () => {
    const maya = await signedIn('member@example.org', PHONE);
    await maya.goto(`${ctx.url}/indicators/CSAM-01`);
    const table = maya.getByTestId('positions').locator('table.positions-table');
    await table.waitFor({ timeout: STEP_MS });
    // Each cell's label and count fit inside the cell: nothing spills over the next line.
    const spills = await table.evaluate((t) =>
      [...t.querySelectorAll('td')]
        .filter((td) => td.scrollHeight > td.clientHeight + 1)
        .map((td) => td.dataset.label),
    );
    expect(spills).toEqual([]);
    await saveScreenshot(table, 'phone-positions');
  });
});

describe('discussions embedded in item pages', () => {
  it('show who is viewing and who is typing, on the indicator page as on the discussion page', async () => {
    const maya = await signedIn('member@example.org');
    const harri = await signedIn('hotline@example.org');
    await maya.goto(`${ctx.url}/indicators/CSAM-01`);
    await harri.goto(`${ctx.url}/indicators/CSAM-01`);
    await maya.getByTestId('presence').filter({ hasText: 'Harri Hotline' }).waitFor({ timeout: STEP_MS });
    await harri.getByTestId('presence').filter({ hasText: 'Maya Member' }).waitFor({ timeout: STEP_MS });

    await harri.getByLabel('Message', { exact: true }).pressSequentially('Thinking about', { delay: 30 });
    await maya
      .getByTestId('typing')
      .filter({ hasText: 'Harri Hotline is typing' })
      .waitFor({ timeout: STEP_MS });
    await saveScreenshot(maya.locator('#discussion'), 'desktop-indicator-discussion');
  });

  it('are on document, meeting and follow-up pages too, started in place', async () => {
    const maya = await signedIn('member@example.org');
    await maya.goto(`${ctx.url}/meetings`);
    await maya
      .getByRole('link', { name: /Bali 2013/ })
      .first()
      .click();
    const section = maya.locator('#discussion');
    await section.getByRole('button', { name: 'Start the discussion' }).click();
    await section.getByLabel('Message', { exact: true }).waitFor({ timeout: STEP_MS });
    await section.getByTestId('presence').filter({ hasText: 'Maya Member (you)' }).waitFor();
    await section.getByLabel('Message', { exact: true }).fill('Notes from the session, anyone?');
    await section.getByLabel('Message', { exact: true }).press('Enter');
    const sent = section.getByTestId('message').filter({ hasText: 'Notes from the session' });
    await sent.waitFor({ timeout: STEP_MS });
    await sent.getByTestId('message-status').waitFor({ state: 'detached', timeout: STEP_MS });
    // The header's "Discussion" link leads down to it.
    expect(await maya.getByRole('link', { name: 'Discussion', exact: true }).getAttribute('href')).toBe(
      '#discussion',
    );
  });
});

describe('the library', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])('shows a Bali presentation (Markdown) as a readable page on a %s', async (name, viewport) => {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${ctx.url}/library?kind=presentation`);
    await page.getByRole('link', { name: /^INHOPE: hotline data/ }).click();
    const preview = page.getByTestId('document-preview');
    await preview.waitFor({ timeout: STEP_MS });
    // Rendered, not raw: a heading and a list instead of "#" and "-".
    await preview.getByRole('heading', { name: /INHOPE at the Bali 2013 session/ }).waitFor();
    expect(await preview.locator('li').count()).toBe(3);
    expect(await preview.innerText()).not.toContain('# INHOPE');
    await saveScreenshot(preview, `${name}-presentation-preview`);
  });
});
