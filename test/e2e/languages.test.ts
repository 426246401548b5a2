/**
 * The six languages in a real browser: the first paint in the browser's language (Arabic right to
 * left before any script runs), the main pages in Arabic at phone and desktop widths checked with
 * axe and photographed, the language bar switching in place and remembered (cookie for visitors,
 * the account for members, on every browser they sign in from), dates in the reader's language.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestServer, type TestContext } from '../helpers/server';
import { DESKTOP, PHONE, launchBrowser, saveScreenshot } from '../helpers/browser';
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../shared/i18n/languages';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
const contexts: BrowserContext[] = [];

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

/** A fresh browser whose Accept-Language is `locale`. */
async function openPage(locale: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ locale, viewport });
  contexts.push(context);
  return context.newPage();
}

/** A text of the navigation (common:nav.*) in a language. */
const nav = (language: Language, key: string) =>
  (CATALOGUES[language].common.nav as Record<string, string>)[key]!;

async function signInByApi(page: Page, email: string): Promise<void> {
  const res = await page.context().request.post(`${ctx.url}/api/auth/login`, {
    data: { email, password: DEMO_PASSWORD },
    headers: { Origin: ctx.url },
  });
  expect(res.status()).toBe(200);
}

async function htmlAttributes(page: Page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/** Serious and critical axe violations on the current page, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Latin words in the page's frame (header, menus, footer) outside the language bar, acronyms
 * aside: on an Arabic page there must be none.
 */
async function latinWordsInFrame(page: Page): Promise<string[]> {
  const text = await page.evaluate(() =>
    [...document.querySelectorAll('.site-header, .site-footer, .skip-link')]
      .map((el) => (el as HTMLElement).innerText)
      .join(' '),
  );
  return (text.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []).filter((w) => !/^[A-Z]{2,}$/.test(w));
}

describe('the first paint', () => {
  it('is in Arabic, right to left, for a browser asking for Arabic, before any script has run', async () => {
    const page = await openPage('ar');
    await page.route('**/*.js', (route) => route.abort());
    const response = await page.goto(ctx.url);
    expect(response?.headers()['vary']).toMatch(/Accept-Language/);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.title()).toBe(
      CATALOGUES.ar.common.app && (CATALOGUES.ar.common.app as { name: string }).name,
    );
    const mainNav = page.getByRole('navigation', { name: nav('ar', 'label') });
    await mainNav.getByRole('link', { name: nav('ar', 'library') }).waitFor({ timeout: STEP_MS });

    // The UN language bar: six names, each in its own language, in the UN order; Arabic current.
    const bar = page.locator('.language-bar a');
    expect(await bar.allInnerTexts()).toEqual(LANGUAGES.map((l) => LANGUAGE_NAMES[l]));
    expect(await bar.evaluateAll((links) => links.map((a) => a.getAttribute('lang')))).toEqual([
      ...LANGUAGES,
    ]);
    expect(await page.locator('.language-bar a[aria-current="true"]').innerText()).toBe('عربي');
  });

  it('follows the best of Accept-Language among the six, and English otherwise', async () => {
    for (const [header, lang] of [
      ['zh-CN,zh;q=0.9', 'zh'],
      ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
      ['de-DE,de;q=0.9', 'en'],
    ] as const) {
      const res = await fetch(`${ctx.url}/library`, { headers: { 'Accept-Language': header } });
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}" dir="ltr">`);
      expect(html).toContain(`>${nav(lang, 'library')}</a>`);
    }
  });
});

describe('the main pages in Arabic', () => {
  const pages = ['/', '/library', '/indicators', '/meetings', '/members', '/glossary', '/sign-in'];

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])(
    'are laid out right to left at %s width, in Arabic, with no serious axe violations',
    async (name, viewport) => {
      const page = await openPage('ar', viewport);
      for (const path of pages) {
        await page.goto(`${ctx.url}${path}`);
        await page.locator('main h1').first().waitFor({ timeout: STEP_MS });
        await page
          .locator('.loading')
          .first()
          .waitFor({ state: 'detached', timeout: STEP_MS })
          .catch(() => undefined);
        expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
        expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
        expect({ path, latin: await latinWordsInFrame(page) }).toEqual({ path, latin: [] });
        expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
        await saveScreenshot(page, `ar-${name}${path === '/' ? '-home' : path.replace(/\//g, '-')}`);
      }
      // Right to left: the product name sits at the right-hand side of the header.
      const brand = await page.locator('.brand').boundingBox();
      expect(brand).not.toBeNull();
      expect(brand!.x + brand!.width / 2).toBeGreaterThan(viewport.width / 2);
    },
  );
});

describe('choosing a language', () => {
  it('switches the page in place from the language bar and remembers it for the next visit', async () => {
    const page = await openPage('en-GB');
    await page.goto(`${ctx.url}/library`);
    await page
      .getByRole('link', { name: nav('en', 'library') })
      .first()
      .waitFor({ timeout: STEP_MS });
    // The app, not the server's static frame (whose links load a new page), so the switch is in place.
    await page.getByTestId('header-sign-in').waitFor({ timeout: STEP_MS });
    await page.locator('.language-bar').getByRole('link', { name: 'Français' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: STEP_MS });
    expect(await htmlAttributes(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(new URL(page.url()).pathname).toBe('/library');
    await page
      .getByRole('navigation', { name: nav('fr', 'label') })
      .getByRole('link', { name: nav('fr', 'library') })
      .waitFor();

    // Then Arabic: the same page turns right to left without a reload.
    await page.locator('.language-bar').getByRole('link', { name: 'عربي' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: STEP_MS });
    expect(await latinWordsInFrame(page)).toEqual([]);

    // The cookie keeps the choice: the server's next page is in Arabic from its first byte.
    const response = await page.reload();
    expect(await response?.text()).toContain('<html lang="ar" dir="rtl">');
  });

  it("keeps a member's choice on the account, for every browser they sign in from", async () => {
    const first = await openPage('en-GB');
    await signInByApi(first, 'member@example.org');
    await first.goto(ctx.url);
    // The app, not the server's static frame: only its language bar keeps the choice on the account
    // (a click on the frame's link sets the cookie only), and it says so with the answer to its PUT.
    await first.getByTestId('user-name').waitFor({ timeout: STEP_MS });
    const kept = first.waitForResponse(
      (r) => r.url() === `${ctx.url}/api/language` && r.request().method() === 'PUT',
      { timeout: STEP_MS },
    );
    await first.locator('.language-bar').getByRole('link', { name: 'Русский' }).click();
    expect((await kept).status()).toBe(200);
    await first.waitForFunction(() => document.documentElement.lang === 'ru', null, { timeout: STEP_MS });

    // Another browser, asking for English: once signed in, the account's Russian wins.
    const second = await openPage('en-GB');
    await signInByApi(second, 'member@example.org');
    const response = await second.goto(`${ctx.url}/meetings`);
    expect(await response?.text()).toContain('<html lang="ru" dir="ltr">');
    await second
      .getByRole('navigation', { name: nav('ru', 'label') })
      .getByRole('link', { name: nav('ru', 'meetings') })
      .waitFor({ timeout: STEP_MS });
    expect(await htmlAttributes(second)).toEqual({ lang: 'ru', dir: 'ltr' });
  });

  it('works without scripts: each link of the bar asks for its language (?lang=) and the server keeps it', async () => {
    const page = await openPage('en-GB');
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${ctx.url}/glossary`);
    await page.locator('.language-bar').getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(`${ctx.url}/glossary`);
    expect(await htmlAttributes(page)).toEqual({ lang: 'es', dir: 'ltr' });
    expect(await page.getByRole('link', { name: nav('es', 'glossary') }).count()).toBeGreaterThan(0);
  });
});

describe('dates in the reader’s language', () => {
  it('writes the Bali 2013 meeting date in French and in Arabic (Western digits)', async () => {
    const fr = await openPage('fr');
    await fr.goto(`${ctx.url}/meetings`);
    await fr
      .getByText(/octobre 2013/)
      .first()
      .waitFor({ timeout: STEP_MS });

    const ar = await openPage('ar');
    await ar.goto(`${ctx.url}/meetings`);
    await ar
      .getByText(/أكتوبر 2013/)
      .first()
      .waitFor({ timeout: STEP_MS });
  });
});

describe('text people wrote, on an Arabic page', () => {
  it('runs in its own direction: an English message, quote, meeting focus and report read left to right', async () => {
    const page = await openPage('ar');
    await signInByApi(page, 'hotline@example.org');
    const api = page.context().request;
    // The account's own choice wins over the browser's: make it Arabic whatever ran before.
    const chosen = await api.put(`${ctx.url}/api/language`, {
      data: { language: 'ar' },
      headers: { Origin: ctx.url },
    });
    expect(chosen.status()).toBe(200);
    const threads = (await (await api.get(`${ctx.url}/api/threads`)).json()) as {
      items: { id: string; title: string }[];
    };
    const demo = threads.items.find((th) => th.title.startsWith('CSAM-01'));
    expect(demo).toBeDefined();

    /** The `dir` attribute and the direction the browser lays the element out in. */
    const direction = (el: Element) => ({
      dir: el.getAttribute('dir'),
      direction: getComputedStyle(el).direction,
    });

    // The seeded messages are English: each body runs left to right inside the right-to-left page.
    await page.goto(`${ctx.url}/discussions/${demo!.id}`);
    const body = page.locator('[data-testid="message"] .message__body').first();
    await body.waitFor({ timeout: STEP_MS });
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    expect(await body.evaluate(direction)).toEqual({ dir: 'auto', direction: 'ltr' });
    // The quoted message of a reply too, while the quote itself stays in the page's direction.
    const quote = page.locator('.message__quote').first();
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(
      await quote
        .locator('bdi')
        .last()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');

    // The landing page's latest report: its English focus ends with its full stop on the right.
    await page.goto(ctx.url);
    const latest = page.getByTestId('latest-report');
    await latest.waitFor({ timeout: STEP_MS });
    expect(await latest.locator('.card__text').evaluate(direction)).toEqual({
      dir: 'auto',
      direction: 'ltr',
    });

    // The meeting page: its focus and its whole report.
    const href = await latest.locator('a[href^="/meetings/"]').getAttribute('href');
    await page.goto(`${ctx.url}${href}`);
    const report = page.locator('article.report');
    await report.waitFor({ timeout: STEP_MS });
    expect(await report.evaluate(direction)).toEqual({ dir: 'auto', direction: 'ltr' });
    expect(
      await report
        .locator('p')
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
    expect(await page.locator('[aria-labelledby="focus-heading"] .lead').evaluate(direction)).toEqual({
      dir: 'auto',
      direction: 'ltr',
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  });
});
