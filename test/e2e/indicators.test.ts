import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { launchBrowser, signInThroughForm } from '../helpers/browser';
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

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  return page;
}

async function signIn(email: string): Promise<Page> {
  const page = await newPage();
  await signInThroughForm(page, ctx.url, email);
  return page;
}

describe('indicators in the browser', () => {
  it(
    'lets a visitor browse the public catalogue and read an indicator',
    async () => {
      const page = await newPage();
      await page.goto(`${ctx.url}/indicators`);
      await page.getByRole('heading', { name: 'Indicators', level: 1 }).waitFor({ timeout: STEP_MS });
      const rows = page.getByTestId('indicator-row');
      await rows.first().waitFor();
      // Anonymous visitors see the public drafts only (CSAM-03 and CSAM-05 are for members).
      expect(await rows.allInnerTexts()).toEqual([
        expect.stringContaining('CSAM-01'),
        expect.stringContaining('CSAM-02'),
        expect.stringContaining('CSAM-04'),
      ]);
      await page.getByRole('link', { name: 'CSAM-01' }).click();
      await page.getByRole('heading', { name: /Time to removal/, level: 1 }).waitFor();
      expect(await page.getByTestId('status-badge').innerText()).toBe('In consultation');
      expect(await page.getByTestId('timeline').innerText()).toContain(
        'Draft ready for member organisations',
      );
      expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    },
    SLOW_TEST_MS,
  );

  it(
    'lets a host make an indicator members-only, and a visitor then no longer finds it',
    async () => {
      const host = await signIn('host@example.org');
      await host.goto(`${ctx.url}/indicators/CSAM-04`);
      await host.getByRole('heading', { level: 1 }).waitFor({ timeout: STEP_MS });
      const form = host.getByRole('form', { name: 'Who can read it' });
      await form.getByLabel('Visibility').selectOption('members');
      await form.getByRole('button', { name: 'Change visibility' }).click();
      await host.locator('.doc-result__badges').getByText('Members only').waitFor({ timeout: STEP_MS });
      const visitor = await newPage();
      await visitor.goto(`${ctx.url}/indicators/CSAM-04`);
      await visitor.getByRole('heading', { name: 'Indicator not found' }).waitFor({ timeout: STEP_MS });
      // That page's API call answered 404, which the browser logs: expected here, and only here.
      const expected404 = consoleErrors.findIndex((e) => /404/.test(e));
      expect(expected404).toBeGreaterThanOrEqual(0);
      consoleErrors.splice(expected404, 1);
      // A member who did not create it has no such control.
      const member = await signIn('hotline@example.org');
      await member.goto(`${ctx.url}/indicators/CSAM-04`);
      await member.getByRole('heading', { level: 1 }).waitFor({ timeout: STEP_MS });
      expect(await member.getByRole('form', { name: 'Who can read it' }).count()).toBe(0);
    },
    SLOW_TEST_MS,
  );

  it(
    'shows the second of two editors the conflict, merges, saves, and the diff shows both changes',
    async () => {
      const maya = await signIn('member@example.org');
      const harri = await signIn('hotline@example.org');
      for (const page of [maya, harri]) {
        await page.goto(`${ctx.url}/indicators/CSAM-02`);
        await page.getByRole('link', { name: 'Edit', exact: true }).click();
        await page.getByRole('heading', { name: 'Edit indicator' }).waitFor({ timeout: STEP_MS });
      }

      // Harri saves first.
      const limitations = harri.getByLabel('Limitations');
      await limitations.fill(
        `${await limitations.inputValue()} Analysts in different hotlines may judge age differently.`,
      );
      await harri.getByLabel('Note about this revision').fill('Add analyst judgement');
      await harri.getByRole('button', { name: 'Save revision' }).click();
      await harri
        .getByRole('heading', { name: /Age profile of victims/, level: 1 })
        .waitFor({ timeout: STEP_MS });

      // Maya, still on revision 1, saves her own change: she is told, and Harri's text is merged in.
      await maya
        .getByLabel('Computation method')
        .fill(
          'Classify each assessed item by the apparent age of the youngest child, using the agreed age bands.',
        );
      await maya.getByRole('button', { name: 'Save revision' }).click();
      const conflict = maya.getByTestId('conflict');
      await conflict.waitFor({ timeout: STEP_MS });
      expect(await conflict.innerText()).toContain('Harri Hotline');
      await conflict.getByTestId('diff-limitations').locator('ins').first().waitFor();
      expect(await conflict.getByTestId('diff-limitations').locator('ins').allInnerTexts()).toEqual([
        expect.stringContaining('Analysts in different hotlines'),
      ]);
      expect(await maya.getByRole('textbox', { name: 'Limitations' }).inputValue()).toContain(
        'may judge age differently',
      );
      expect(await maya.getByRole('textbox', { name: 'Computation method' }).inputValue()).toContain(
        'agreed age bands',
      );

      await maya.getByRole('button', { name: 'Save merged revision' }).click();
      await maya
        .getByRole('heading', { name: /Age profile of victims/, level: 1 })
        .waitFor({ timeout: STEP_MS });
      expect(await maya.getByTestId('field-limitations').innerText()).toContain('may judge age differently');
      expect(await maya.getByTestId('field-computation').innerText()).toContain('agreed age bands');

      // The history compares revision 1 with the merged revision 3: both changes are marked.
      await maya.getByLabel('Compare revision', { exact: true }).selectOption('1');
      await maya.getByLabel('with revision', { exact: true }).selectOption('3');
      await maya.getByRole('link', { name: 'Show changes' }).click();
      await maya.getByRole('heading', { name: 'Changes from revision 1 to 3' }).waitFor({ timeout: STEP_MS });
      const diff = maya.getByTestId('diff');
      expect(await diff.getByTestId('diff-limitations').locator('ins').innerText()).toContain(
        'may judge age differently',
      );
      expect(await diff.getByTestId('diff-computation').locator('ins').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('agreed')]),
      );
      expect(await diff.getByTestId('diff-computation').locator('del').count()).toBeGreaterThan(0);
      expect(await diff.locator('details summary').innerText()).toMatch(/9 unchanged fields/);
      // The browser logs the stale save's 409 itself; that one is expected, nothing else is.
      expect(consoleErrors.filter((e) => /409/.test(e))).toHaveLength(1);
      expect(consoleErrors.filter((e) => !/401|409/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});
