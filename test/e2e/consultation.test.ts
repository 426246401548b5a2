/**
 * A consultation round in the browser: two organisations comment on paragraphs of CSAM-01 (one sees
 * the other's comment arrive live), a host answers every comment waiting in the compilation, and
 * the compilation downloads as a spreadsheet that parses. Screenshots at 1280×800 and 390×844.
 */
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { DESKTOP, PHONE, launchBrowser, saveScreenshot, signInThroughForm } from '../helpers/browser';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
const contexts: BrowserContext[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
}, SLOW_TEST_MS);
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await ctx?.close();
});

async function signedIn(email: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await signInThroughForm(page, ctx.url, email);
  return page;
}

async function commentOn(page: Page, number: number, text: string, change?: (paragraph: string) => string) {
  await page.getByRole('button', { name: `Comment on ¶${number}` }).click();
  const form = page.getByRole('form', { name: `Comment on paragraph ${number}` });
  await form.getByLabel('Comment', { exact: true }).fill(text);
  if (change) {
    await form.getByRole('button', { name: 'Start from the paragraph’s text' }).click();
    const proposal = form.getByLabel('Proposed change (optional)');
    await proposal.fill(change(await proposal.inputValue()));
  }
  await form.getByRole('button', { name: 'Submit comment' }).click();
  await form.waitFor({ state: 'detached', timeout: STEP_MS });
}

describe('a consultation round', () => {
  it(
    'collects comments from two organisations on paragraphs, and a host answers each',
    async () => {
      const maya = await signedIn('member@example.org');
      await maya.goto(`${ctx.url}/indicators/CSAM-01`);
      // The page numbers its paragraphs; the consultation section leads to the comments.
      await maya.getByTestId('field-definition').getByText('¶1').waitFor({ timeout: STEP_MS });
      await maya
        .getByTestId('named-positions')
        .getByText('the comments on the wording are compiled separately')
        .waitFor();
      // Recording a position: the confirmation stays although the form is re-created with the new
      // position, and the named list shows the reason.
      await maya.getByLabel('Comment (optional)').fill('We support it as drafted.');
      await maya.getByRole('button', { name: 'Change position' }).click();
      await maya
        .getByRole('status')
        .filter({ hasText: 'Position recorded: Support.' })
        .waitFor({ timeout: STEP_MS });
      await maya.getByTestId('named-positions').getByText('We support it as drafted.').waitFor();
      expect(await maya.getByLabel('Comment (optional)').inputValue()).toBe('We support it as drafted.');
      await maya.getByRole('link', { name: 'Comment on the draft' }).click();
      await maya
        .getByRole('heading', { name: 'Comments on revision 2', level: 1 })
        .waitFor({ timeout: STEP_MS });
      // ECPAT's own draft from the demo data is there, marked as a draft; IWF's comments too.
      await maya.getByTestId('comments-7').getByText('Draft — not submitted').waitFor();

      await commentOn(maya, 1, 'Say who confirms the report.', (p) =>
        p.replace('a hotline confirming', 'an INHOPE member hotline confirming'),
      );
      const mine = maya
        .getByTestId('comments-1')
        .getByTestId('comment')
        .filter({ hasText: 'Say who confirms the report.' });
      await mine.waitFor({ timeout: STEP_MS });
      expect(await mine.getByTestId('proposed-change').locator('ins').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('INHOPE member')]),
      );

      const harri = await signedIn('hotline@example.org', PHONE);
      await harri.goto(`${ctx.url}/indicators/CSAM-01/consultation`);
      await harri
        .getByRole('heading', { name: 'Comments on revision 2', level: 1 })
        .waitFor({ timeout: STEP_MS });
      // ECPAT's draft is ECPAT's alone.
      expect(await harri.getByText('Could law-enforcement takedown records').count()).toBe(0);
      await commentOn(harri, 3, 'Give the measure in hours and in days for long tails.');
      await saveScreenshot(harri, 'phone-consultation');
      await saveScreenshot(harri.getByTestId('comments-3'), 'phone-consultation-paragraph');
      // Maya's open page shows IWF's new comment without a reload.
      await maya
        .getByTestId('comments-3')
        .getByText('Give the measure in hours and in days')
        .waitFor({ timeout: STEP_MS });
      await saveScreenshot(maya, 'desktop-consultation');

      // The host answers every comment still waiting, from the compilation.
      const hana = await signedIn('host@example.org');
      await hana.goto(`${ctx.url}/indicators/CSAM-01/comments?disposition=none`);
      await hana.getByRole('heading', { name: 'Compilation of comments' }).waitFor({ timeout: STEP_MS });
      await hana.getByTestId('comment').first().waitFor();
      const waiting = await hana.getByTestId('comment').count();
      expect(waiting).toBe(4); // two from the demo data, the two just made
      for (let left = waiting; left > 0; left--) {
        const card = hana.getByTestId('comment').first();
        await card.getByRole('button', { name: 'Answer this comment' }).click();
        const form = card.getByRole('form', { name: 'Disposition' });
        await form.getByLabel('Disposition').selectOption('accepted-in-part');
        await form
          .getByLabel('Response (observations of the secretariat)')
          .fill(`Taken up in part (${left}).`);
        await form.getByRole('button', { name: 'Save disposition' }).click();
        await hana.waitForFunction(
          (n) => document.querySelectorAll('[data-testid="comment"]').length === n,
          left - 1,
          { timeout: STEP_MS },
        );
      }
      await hana.getByText('No comment matches these filters.').waitFor();
      expect(await hana.getByTestId('undisposed').innerText()).toBe('0');

      // Maya sees the answer to her comment arrive.
      await mine.getByTestId('disposition').getByText('Accepted in part').waitFor({ timeout: STEP_MS });

      // The whole compilation, filtered to IWF, then downloaded as XLSX.
      await hana.goto(`${ctx.url}/indicators/CSAM-01/comments`);
      await hana.getByLabel('Organisation').selectOption({ label: 'Internet Watch Foundation (IWF)' });
      await hana.waitForURL(/organisation=iwf/);
      await hana.waitForFunction(
        () => document.querySelectorAll('[data-testid="comment"]').length === 3,
        null,
        {
          timeout: STEP_MS,
        },
      );
      await saveScreenshot(hana, 'desktop-compilation');
      const href = await hana.getByRole('link', { name: 'Download XLSX' }).getAttribute('href');
      const file = await hana.context().request.get(`${ctx.url}${href}`);
      expect(file.status()).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await file.body()) as unknown as ArrayBuffer);
      const names: string[] = [];
      wb.getWorksheet('Comments')!.eachRow((row) => names.push(String(row.getCell(2).value ?? '')));
      expect(names.filter((n) => n.startsWith('Internet Watch Foundation'))).toHaveLength(3);

      const phone = await signedIn('host@example.org', PHONE);
      await phone.goto(`${ctx.url}/indicators/CSAM-01/comments`);
      await phone.getByTestId('comment').first().waitFor({ timeout: STEP_MS });
      await saveScreenshot(phone, 'phone-compilation');
      await saveScreenshot(phone.getByTestId('comment').nth(1), 'phone-compilation-comment');
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'tells an editor live that someone saved meanwhile, and a merged save keeps both added sentences',
    async () => {
      const maya = await signedIn('member@example.org');
      const harri = await signedIn('hotline@example.org');
      for (const page of [maya, harri]) {
        await page.goto(`${ctx.url}/indicators/CSAM-02/edit`);
        await page.getByRole('heading', { name: 'Edit indicator' }).waitFor({ timeout: STEP_MS });
      }
      const append = async (page: Page, sentence: string) => {
        const field = page.getByLabel('Limitations');
        await field.fill(`${await field.inputValue()} ${sentence}`);
      };
      await append(maya, 'Maya adds this sentence.');
      await append(harri, 'Harri adds another sentence.');
      await harri.getByRole('button', { name: 'Save revision' }).click();
      await harri.getByRole('heading', { level: 1, name: /Age profile/ }).waitFor({ timeout: STEP_MS });

      // Before Maya saves, her open editor says so, with a link to the changes.
      const banner = maya.getByTestId('newer-revision');
      await banner.waitFor({ timeout: STEP_MS });
      expect(await banner.innerText()).toContain('Harri Hotline saved revision 2 while you were editing');
      expect(await banner.getByRole('link').getAttribute('href')).toBe(
        '/indicators/CSAM-02/diff?from=1&to=2',
      );
      await saveScreenshot(maya, 'desktop-editor-awareness');

      await maya.getByRole('button', { name: 'Save revision' }).click();
      await maya
        .getByTestId('conflict')
        .getByText(/both sets of changes are in the form/)
        .waitFor({ timeout: STEP_MS });
      await maya.getByRole('button', { name: 'Save merged revision' }).click();
      await maya.getByRole('heading', { level: 1, name: /Age profile/ }).waitFor({ timeout: STEP_MS });
      const limitations = await maya.getByTestId('field-limitations').innerText();
      expect(limitations).toContain('Harri adds another sentence.');
      expect(limitations).toContain('Maya adds this sentence.');
    },
    SLOW_TEST_MS,
  );
});
