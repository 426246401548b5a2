import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { launchBrowser } from '../helpers/browser';
import { makePdf } from '../helpers/files';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { STEP_MS, WAIT_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
let tmpDir: string;
const contexts: BrowserContext[] = [];

/** A page in a fresh browser context: its own cookies, so each test starts signed out. */
async function newPage(): Promise<{ page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  return { page, consoleErrors };
}

/**
 * Text extraction runs in the background, so a fresh document may not be found at once: load the
 * search again (a new page load, so nothing is cached) until the result shows up.
 */
async function waitForResult(page: Page, q: string, result: Locator, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // The count names the query once the search for it has answered, whatever the answer.
    await page
      .getByTestId('result-count')
      .filter({ hasText: `for “${q}”` })
      .waitFor({ timeout: STEP_MS });
    if ((await result.count()) > 0) return;
    if (Date.now() > deadline) throw new Error(`No result for "${q}" appeared in time`);
    // Reload once the background extractions queued so far have finished (a condition, not a sleep).
    await ctx.server.library.idle();
    await page.reload();
  }
}

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-library-e2e-'));
}, SLOW_TEST_MS);
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('library', () => {
  it(
    'lets a member upload a PDF with progress, find it by a word of its text, and download it',
    async () => {
      const word = `quokkaword${Date.now().toString(36)}`;
      const title = 'Field notes from the hotline workshop';
      const pdf = makePdf(`Workshop notes: the ${word} indicator was discussed at length.`);
      const filePath = path.join(tmpDir, 'field-notes.pdf');
      fs.writeFileSync(filePath, pdf);

      const { page, consoleErrors } = await newPage();
      await page.goto(`${ctx.url}/sign-in`);
      await page.getByLabel('Email').fill('member@example.org');
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: /^Welcome/ }).waitFor({ timeout: STEP_MS });

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor({ timeout: STEP_MS });
      await page.getByRole('button', { name: 'Upload a document' }).click();

      const dialog = page.getByRole('dialog', { name: 'Upload a document' });
      await dialog.waitFor({ timeout: STEP_MS });
      await dialog.getByLabel('File', { exact: true }).setInputFiles(filePath);
      expect(await dialog.getByTestId('chosen-file').innerText()).toContain('field-notes.pdf');
      // The title is prefilled from the file name; the uploader gives a better one.
      expect(await dialog.getByLabel('Title').inputValue()).toBe('field notes');
      await dialog.getByLabel('Title').fill(title);

      // Record every state of the progress bar: a small file on localhost uploads in a blink.
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as unknown as { progressSeen: number[] }).progressSeen = seen;
        new MutationObserver(() => {
          const bar = document.querySelector('progress');
          if (bar) seen.push(bar.value);
        }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await dialog.getByRole('button', { name: 'Upload', exact: true }).click();

      await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: STEP_MS });
      expect(new URL(page.url()).pathname).toMatch(/^\/library\/[a-f0-9]{24}$/);
      expect(await page.getByRole('dialog').count()).toBe(0);
      const progressSeen = await page.evaluate(
        () => (window as unknown as { progressSeen: number[] }).progressSeen,
      );
      expect(progressSeen.length).toBeGreaterThan(0);
      expect(progressSeen.every((v) => v >= 0 && v <= 100)).toBe(true);
      expect(await page.getByTestId('current-version').innerText()).toContain('field-notes.pdf');

      await page.getByRole('link', { name: '← Library' }).click();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor({ timeout: STEP_MS });
      await page.getByLabel('Search the library').fill(word);
      await page.waitForURL((url) => url.searchParams.get('q') === word);
      const result = page.getByTestId('document-result').filter({ hasText: title });
      await waitForResult(page, word, result);

      const marks = result.getByTestId('snippet').locator('mark');
      expect((await marks.first().innerText()).toLowerCase()).toBe(word);

      await result.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: STEP_MS });
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: STEP_MS }),
        page.getByTestId('download-current').click(),
      ]);
      expect(download.suggestedFilename()).toBe('field-notes.pdf');
      const savedPath = path.join(tmpDir, 'downloaded.pdf');
      await download.saveAs(savedPath);
      expect(fs.readFileSync(savedPath).equals(pdf)).toBe(true);
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'lets an anonymous visitor find the Bali 2013 report by a word of its text',
    async () => {
      const { page, consoleErrors } = await newPage();
      await page.goto(`${ctx.url}/library`);
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor({ timeout: STEP_MS });
      // Reading is public; uploading is for members.
      expect(await page.getByRole('button', { name: 'Upload a document' }).count()).toBe(0);

      await page.getByLabel('Search the library').fill('darknets');
      await page.waitForURL((url) => url.searchParams.get('q') === 'darknets');
      const result = page.getByTestId('document-result').filter({ hasText: 'Bali 2013' });
      await waitForResult(page, 'darknets', result);

      expect(await result.getByRole('link').first().innerText()).toContain(
        'Report of the Dynamic Coalition on Child Online Safety',
      );
      const snippet = result.getByTestId('snippet');
      expect((await snippet.locator('mark').first().innerText()).toLowerCase()).toBe('darknets');
      expect(await page.getByTestId('result-count').innerText()).toMatch(/for “darknets”/);
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});
