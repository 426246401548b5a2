/**
 * Forms check their values with the shared schemas before sending and name fields as people do;
 * observers who open an edit page by its address are told why they cannot use it, and are told why
 * they cannot post.
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

/** A signed-in window that records the writes the page sends to the API (reading marks aside). */
async function signedIn(email: string, viewport = DESKTOP): Promise<{ page: Page; writes: string[] }> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  await signInThroughForm(page, ctx.url, email);
  const writes: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/') && r.method() !== 'GET' && !path.endsWith('/read'))
      writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  return { page, writes };
}

describe('forms', () => {
  it('say what is missing in words, next to the field, without sending anything', async () => {
    const { page, writes } = await signedIn('member@example.org');
    await page.goto(`${ctx.url}/follow-ups`);
    await page.getByText('Record a follow-up').click();
    await page.getByLabel('What was agreed').fill('Share the 2014 hotline figures');
    await page.getByRole('button', { name: 'Record the follow-up' }).click();

    const owner = page.getByLabel('Owner organisation');
    await page
      .locator('#fu-owner-error')
      .getByText('Choose the owner organisation')
      .waitFor({ timeout: STEP_MS });
    expect(await owner.getAttribute('aria-invalid')).toBe('true');
    expect(await owner.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(writes).toEqual([]);
    expect(await page.locator('main').innerText()).not.toMatch(/ownerOrganisationId|valid id/);
    await saveScreenshot(page.locator('.followup-form'), 'desktop-form-errors');
  });

  it('catch a concern without a comment before it reaches the server', async () => {
    const { page, writes } = await signedIn('member@example.org', PHONE);
    await page.goto(`${ctx.url}/indicators/CSAM-01`);
    await page.getByLabel('Concern (blocking)').check();
    await page.getByRole('button', { name: /Record position|Change position/ }).click();
    await page
      .getByText('A concern needs a comment saying what would resolve it')
      .waitFor({ timeout: STEP_MS });
    expect(writes).toEqual([]);
  });
});

describe('observers', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])(
    'are told why they cannot propose or edit an indicator, before typing a word (%s)',
    async (name, viewport) => {
      const { page } = await signedIn('observer@example.org', viewport);
      await page.goto(`${ctx.url}/indicators/new`);
      await page.getByTestId('not-allowed').waitFor({ timeout: STEP_MS });
      expect(await page.getByTestId('not-allowed').innerText()).toMatch(
        /Observers read the indicator drafts/,
      );
      expect(await page.locator('form').count()).toBe(0);
      await saveScreenshot(page, `${name}-observer-new-indicator`);

      await page.goto(`${ctx.url}/indicators/CSAM-02/edit`);
      await page.getByTestId('not-allowed').waitFor({ timeout: STEP_MS });
      expect(await page.getByRole('button', { name: 'Save revision' }).count()).toBe(0);
    },
  );

  it('are told why they cannot post, in lists and in discussions', async () => {
    const { page } = await signedIn('observer@example.org');
    await page.goto(`${ctx.url}/discussions`);
    await page.getByTestId('observer-hint').waitFor({ timeout: STEP_MS });
    expect(await page.getByTestId('observer-hint').innerText()).toContain(
      'only members and hosts start discussions',
    );
    await page.goto(`${ctx.url}/indicators/CSAM-01`);
    const hint = page.locator('#discussion').getByTestId('cannot-post');
    await hint.waitFor({ timeout: STEP_MS });
    expect(await hint.innerText()).toContain('You take part as an observer');
    expect(await page.getByLabel('Message', { exact: true }).count()).toBe(0);
  });
});
