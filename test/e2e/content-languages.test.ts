/**
 * Content in several languages, in a real browser: a member translates a demo indicator into French
 * through the form; a reader whose browser asks for French reads it in French, told it is translated
 * from English, and opens the original in one click (and back); Arabic texts read right to left on
 * an English page; a document uploaded as Arabic shows its language and is found by the library's
 * language filter.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { launchBrowser, saveScreenshot, signInThroughForm } from '../helpers/browser';
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
let tmpDir: string;
const contexts: BrowserContext[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-content-languages-'));
}, SLOW_TEST_MS);
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

/** A page in a fresh browser context (its own cookies) whose Accept-Language is `locale`. */
async function newPage(locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ locale });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  return page;
}

async function signInByApi(page: Page, email: string): Promise<void> {
  const res = await page.context().request.post(`${ctx.url}/api/auth/login`, {
    data: { email, password: DEMO_PASSWORD },
    headers: { Origin: ctx.url },
  });
  expect(res.status()).toBe(200);
}

/** A catalogue text with its markup taken out, as the page shows it. */
const plain = (text: string) => text.replace(/<\/?\w+\/?>/g, '');
const fr = CATALOGUES.fr.indicators as {
  languages: { translatedFrom: Record<string, string>; original: Record<string, string> };
};

const attributes = (locator: Locator) =>
  locator.evaluate((el) => ({ lang: el.getAttribute('lang'), dir: el.getAttribute('dir') }));

/** The language a badge names (its hidden label for screen readers aside). */
const languageName = (badge: Locator) => badge.locator('span[lang]').innerText();

const ENGLISH_TITLE = 'Age profile of victims in assessed child sexual abuse material';
const FRENCH_TITLE = 'Profil d’âge des victimes dans les contenus d’abus sexuels sur enfants évalués';
const FRENCH_DEFINITION =
  'Répartition de l’âge apparent des enfants représentés dans les contenus que les lignes de signalement ont évalués comme des contenus d’abus sexuels sur enfants, par tranche d’âge.';

describe('indicators in several languages', () => {
  it(
    'lets a member add a French translation through the form',
    async () => {
      const page = await newPage();
      await signInThroughForm(page, ctx.url, 'member@example.org');
      await page.goto(`${ctx.url}/indicators/CSAM-02`);
      await page.getByRole('heading', { level: 1, name: ENGLISH_TITLE }).waitFor({ timeout: STEP_MS });
      // Written in English and read in English: nothing to switch between yet.
      expect(await page.getByTestId('language-switch').count()).toBe(0);

      const languages = page.getByTestId('indicator-languages');
      await languages.getByLabel('Language of the translation').selectOption('fr');
      await languages.getByRole('button', { name: 'Translate', exact: true }).click();

      const form = page.getByTestId('translation-form');
      await form.waitFor();
      expect(await form.getByRole('heading', { level: 2 }).innerText()).toBe('New translation: Français');
      // The original stands above each field, marked as English; the inputs are French.
      const title = form.getByLabel('Title', { exact: true });
      expect(await attributes(title)).toEqual({ lang: 'fr', dir: 'ltr' });
      expect(await form.locator('.field__hint span[lang="en"]').first().innerText()).toBe(ENGLISH_TITLE);
      await title.fill(FRENCH_TITLE);
      await form.getByLabel('Definition and concepts').fill(FRENCH_DEFINITION);
      await saveScreenshot(page, 'content-languages-translation-form');
      await form.getByRole('button', { name: 'Save translation' }).click();

      // Saved: the page shows the new translation, marked as French, with the way to the original.
      const heading = page.getByRole('heading', { level: 1 });
      await heading.filter({ hasText: FRENCH_TITLE }).waitFor({ timeout: STEP_MS });
      expect(await attributes(heading)).toEqual({ lang: 'fr', dir: 'ltr' });
      expect(await page.getByTestId('translation-note').innerText()).toContain('Translated from English');
      expect(await page.getByTestId('field-definition').innerText()).toContain(FRENCH_DEFINITION);
      // A field left empty shows the original's text, marked as English.
      expect(await attributes(page.getByTestId('field-rationale'))).toEqual({ lang: 'en', dir: 'ltr' });
      const translation = languages.getByTestId('translation-fr');
      expect(await translation.innerText()).toContain('Translation of revision 1 by Maya Member');

      await page.getByRole('button', { name: 'Show the original' }).click();
      await heading.filter({ hasText: ENGLISH_TITLE }).waitFor();
      const switches = page.getByTestId('language-switch').getByRole('button');
      expect(await switches.allInnerTexts()).toEqual(['English (original)', 'Français']);
      expect(await switches.first().getAttribute('aria-pressed')).toBe('true');
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'shows a French reader the French translation, and the original one click away',
    async () => {
      const page = await newPage('fr');
      await page.goto(`${ctx.url}/indicators`);
      // The catalogue lists the French title, marked as French.
      const link = page.getByTestId('indicator-row').filter({ hasText: 'CSAM-02' }).getByRole('link').nth(1);
      await link.waitFor({ timeout: STEP_MS });
      expect(await link.innerText()).toBe(FRENCH_TITLE);
      expect(await attributes(link)).toEqual({ lang: 'fr', dir: 'ltr' });
      await link.click();

      const heading = page.getByRole('heading', { level: 1 });
      await heading.filter({ hasText: FRENCH_TITLE }).waitFor({ timeout: STEP_MS });
      const note = page.getByTestId('translation-note');
      expect(await note.innerText()).toContain(plain(fr.languages.translatedFrom.en!));
      await saveScreenshot(page, 'content-languages-fr-reader');

      // One click shows the original, in English and marked as such; one more comes back.
      await note.getByRole('button', { name: 'Afficher l’original' }).click();
      await heading.filter({ hasText: ENGLISH_TITLE }).waitFor();
      expect(await attributes(heading)).toEqual({ lang: 'en', dir: 'ltr' });
      expect(await attributes(page.getByTestId('field-definition'))).toEqual({ lang: 'en', dir: 'ltr' });
      expect(await note.innerText()).toContain(plain(fr.languages.original.en!));
      expect(await languageName(page.getByTestId('content-language').first())).toBe('English');
      await note.getByRole('button', { name: 'Afficher la traduction' }).click();
      await heading.filter({ hasText: FRENCH_TITLE }).waitFor();
      expect(await page.getByTestId('field-definition').innerText()).toContain(FRENCH_DEFINITION);
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'sets Arabic texts right to left on an English page',
    async () => {
      const page = await newPage();
      await page.goto(`${ctx.url}/indicators/CSAM-01`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.filter({ hasText: 'Time to removal' }).waitFor({ timeout: STEP_MS });
      await page.getByTestId('language-switch').getByRole('button', { name: 'عربي' }).click();
      await heading.filter({ hasText: 'المدة اللازمة' }).waitFor();
      expect(await attributes(heading)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await heading.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      const definition = page.getByTestId('field-definition');
      expect(await definition.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      // The page around it stays English, left to right.
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
      expect(await page.getByTestId('translation-note').innerText()).toContain('Translated from English');
    },
    SLOW_TEST_MS,
  );

  it(
    'lets a member edit and remove a translation, and correct the original language',
    async () => {
      const page = await newPage();
      await signInThroughForm(page, ctx.url, 'member@example.org');
      await page.goto(`${ctx.url}/indicators/CSAM-04`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor({ timeout: STEP_MS });
      const englishTitle = await heading.innerText();
      const languages = page.getByTestId('indicator-languages');
      await languages.getByLabel('Language of the translation').selectOption('ru');
      await languages.getByRole('button', { name: 'Translate', exact: true }).click();
      const form = page.getByTestId('translation-form');
      await form.getByLabel('Title', { exact: true }).fill('Черновик индикатора');
      await form.getByRole('button', { name: 'Save translation' }).click();
      await heading.filter({ hasText: 'Черновик индикатора' }).waitFor({ timeout: STEP_MS });

      // Editing starts from the saved translation.
      const russian = languages.getByTestId('translation-ru');
      await russian.getByRole('button', { name: 'Edit' }).click();
      expect(await form.getByRole('heading', { level: 2 }).innerText()).toBe('Edit the translation: Русский');
      expect(await form.getByLabel('Title', { exact: true }).inputValue()).toBe('Черновик индикатора');
      await form.getByLabel('Title', { exact: true }).fill('Проект индикатора');
      await form.getByRole('button', { name: 'Save translation' }).click();
      await heading.filter({ hasText: 'Проект индикатора' }).waitFor({ timeout: STEP_MS });

      // A language it is translated into cannot be its original language.
      const correct = languages.getByTestId('original-language');
      await correct.getByText('Correct the original language').click();
      const select = correct.getByLabel('The indicator is written in');
      expect(await select.locator('option[value="ru"]').isDisabled()).toBe(true);

      await russian.getByRole('button', { name: 'Remove' }).click();
      await russian.getByRole('button', { name: 'Yes, remove' }).click();
      await languages.getByTestId('translation-ru').waitFor({ state: 'detached', timeout: STEP_MS });
      await heading.filter({ hasText: englishTitle }).waitFor();
      expect(await page.getByTestId('language-switch').count()).toBe(0);

      // The texts were in fact Spanish (say): the page now marks them so.
      await select.selectOption('es');
      await correct.getByRole('button', { name: 'Save the language' }).click();
      await correct.getByText('The original language is corrected.').waitFor({ timeout: STEP_MS });
      expect(await attributes(heading)).toEqual({ lang: 'es', dir: 'ltr' });
      expect(await languageName(page.getByTestId('content-language').first())).toBe('Español');
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});

describe('documents in several languages', () => {
  it(
    'files an upload in the language chosen, shows it, and finds it by the language filter',
    async () => {
      const title = 'تقرير خط الإبلاغ عن حماية الأطفال على الإنترنت';
      const filePath = path.join(tmpDir, 'hotline-report.txt');
      fs.writeFileSync(filePath, 'يعرض هذا التقرير عمل خطوط الإبلاغ في المنطقة العربية خلال عام 2013.\n');

      const page = await newPage();
      await signInThroughForm(page, ctx.url, 'member@example.org');
      await page.goto(`${ctx.url}/library`);
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor({ timeout: STEP_MS });
      await page.getByRole('button', { name: 'Upload a document' }).click();
      const dialog = page.getByRole('dialog', { name: 'Upload a document' });
      await dialog.waitFor({ timeout: STEP_MS });
      await dialog.getByLabel('File', { exact: true }).setInputFiles(filePath);
      const language = dialog.getByLabel('Language of the document');
      // The reader's interface language until the uploader says otherwise.
      expect(await language.inputValue()).toBe('en');
      await language.selectOption('ar');
      // The title is typed in the document's language, right to left.
      expect(await attributes(dialog.getByLabel('Title'))).toEqual({ lang: 'ar', dir: 'rtl' });
      await dialog.getByLabel('Title').fill(title);
      await dialog.getByLabel('Visibility').selectOption('public');
      await dialog.getByRole('button', { name: 'Upload', exact: true }).click();

      const heading = page.getByRole('heading', { level: 1, name: title });
      await heading.waitFor({ timeout: STEP_MS });
      expect(await attributes(heading)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await languageName(page.getByTestId('content-language'))).toBe('عربي');
      expect(await page.getByTestId('document-language').innerText()).toBe('عربي');

      // The language filter, kept in the address like the others, finds it; French does not.
      await page.goto(`${ctx.url}/library`);
      const search = page.getByRole('search', { name: 'Library search and filters' });
      await search.getByLabel('Language', { exact: true }).selectOption('ar');
      await page.waitForURL((url) => url.searchParams.get('language') === 'ar');
      const result = page.getByTestId('document-result').filter({ hasText: title });
      await result.waitFor({ timeout: STEP_MS });
      expect(await languageName(result.getByTestId('content-language'))).toBe('عربي');
      expect(await attributes(result.getByRole('link', { name: title }))).toEqual({ lang: 'ar', dir: 'rtl' });
      // Every result is written in Arabic.
      const badges = page.getByTestId('document-result').getByTestId('content-language');
      expect(await badges.count()).toBe(await page.getByTestId('document-result').count());
      expect(
        new Set(await badges.evaluateAll((els) => els.map((el) => el.getAttribute('data-language')))),
      ).toEqual(new Set(['ar']));

      await search.getByLabel('Language', { exact: true }).selectOption('fr');
      await page.waitForURL((url) => url.searchParams.get('language') === 'fr');
      // The Arabic upload leaves the list once the French results replace the Arabic ones.
      await result.waitFor({ state: 'detached', timeout: STEP_MS });
      await page.getByTestId('document-result').first().waitFor({ timeout: STEP_MS });
      expect(
        new Set(await badges.evaluateAll((els) => els.map((el) => el.getAttribute('data-language')))),
      ).toEqual(new Set(['fr']));
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'offers a French reader French as the language of an upload',
    async () => {
      const page = await newPage('fr');
      await signInByApi(page, 'member@example.org');
      await page.goto(`${ctx.url}/library`);
      const library = CATALOGUES.fr.library as { page: { upload: string }; meta: { language: string } };
      await page.getByRole('button', { name: library.page.upload }).click();
      const dialog = page.getByRole('dialog', { name: library.page.upload });
      await dialog.waitFor({ timeout: STEP_MS });
      expect(await dialog.getByLabel(library.meta.language).inputValue()).toBe('fr');
    },
    SLOW_TEST_MS,
  );
});
