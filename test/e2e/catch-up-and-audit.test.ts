/**
 * A brand-new member's first sign-in and catch-up (no "Welcome back", everything a link, what
 * changed since the last visit on the next one), and the host's audit log read at 1280 px (names
 * with links, search by name, no sideways scrolling, plain IP addresses, details in words with the
 * organisations they name as links, in English and Arabic, and filters kept in the address).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { DESKTOP, PHONE, launchBrowser, saveScreenshot, signInThroughForm } from '../helpers/browser';
import { createUser, TEST_PASSWORD } from '../factories';
import { Organisation } from '../../server/models/Organisation';
import { DocumentModel } from '../../server/models/Document';
import { Indicator } from '../../server/models/Indicator';
import { User } from '../../server/models/User';
import { recordAudit } from '../../server/features/audit/audit';
import { CATALOGUES } from '../../shared/i18n/catalogues';
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

  it(
    'shows details in words with named organisations, in English and Arabic, and keeps the action filter in the address',
    async () => {
      const org = (await Organisation.findOne({ slug: 'ecpat-international' }).lean())!;
      const hostUser = (await User.findOne({ email: 'host@example.org' }).lean())!;
      const indicator = (await Indicator.findOne({ code: 'CSAM-01' }).lean())!;
      await recordAudit({
        actorId: hostUser._id,
        action: 'indicator.position-recorded',
        targetType: 'indicator',
        targetId: indicator._id,
        details: { code: 'CSAM-01', round: 1, organisationId: String(org._id), stance: 'support' },
      });
      const page = await newWindow();
      await signInThroughForm(page, ctx.url, 'host@example.org');
      await page.goto(`${ctx.url}/admin/audit`);
      const table = page.locator('.audit-table');
      await table.waitFor({ timeout: STEP_MS });

      // Choosing an action puts it in the address; the list shows only that action.
      await page.getByLabel('Action', { exact: true }).selectOption('indicator.position-recorded');
      await page.waitForURL((url) => url.searchParams.get('action') === 'indicator.position-recorded', {
        timeout: STEP_MS,
      });
      const onlyPositions = () =>
        page.waitForFunction(
          (label) => {
            const rows = [...document.querySelectorAll('.audit-table tbody tr')];
            return rows.length > 0 && rows.every((r) => r.textContent?.includes(label));
          },
          CATALOGUES.en.admin.auditActions.indicator.positionRecorded,
          { timeout: STEP_MS },
        );
      await onlyPositions();

      // Details: labels and values in words, the organisation by name with its page, no raw keys.
      const details = table.locator('tbody tr').first().locator('.audit-details');
      const organisation = details.locator('[data-key="organisationId"]');
      expect(await organisation.locator('dt').innerText()).toBe('Organisation');
      const link = organisation.getByRole('link', { name: org.name });
      expect(await link.getAttribute('href')).toBe('/admin/organisations/ecpat-international');
      expect(await details.locator('[data-key="stance"] dt').innerText()).toBe('Position');
      expect(await details.locator('[data-key="stance"] dd').innerText()).toBe('Support');
      expect(await details.locator('[data-key="round"] dt').innerText()).toBe('Consultation round');
      const labels = await details.locator('dt').allInnerTexts();
      expect(labels).toEqual(['Code', 'Consultation round', 'Organisation', 'Position']);
      const shown = await details.innerText();
      for (const raw of ['organisationId', 'stance', String(org._id)]) expect(shown).not.toContain(raw);

      // The filter survives a reload: read back from the address.
      await page.reload();
      await table.waitFor({ timeout: STEP_MS });
      expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe(
        'indicator.position-recorded',
      );
      await onlyPositions();
      await saveScreenshot(page, 'desktop-audit-log-details');

      // In Arabic: the same details in Arabic words, the filter still applied, nothing past the edge.
      const chosen = await page.context().request.put(`${ctx.url}/api/language`, {
        data: { language: 'ar' },
        headers: { Origin: ctx.url },
      });
      expect(chosen.status()).toBe(200);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: STEP_MS });
      await table.waitFor({ timeout: STEP_MS });
      const ar = CATALOGUES.ar;
      await organisation
        .locator('dt', { hasText: ar.common.fieldNames.organisationId })
        .waitFor({ timeout: STEP_MS });
      expect(await organisation.getByRole('link', { name: org.name }).count()).toBe(1);
      expect(await details.locator('[data-key="stance"] dd').innerText()).toBe(ar.indicators.stance.support);
      expect(await details.locator('[data-key="round"] dt').innerText()).toBe(ar.admin.audit.details.round);
      const widths = await page
        .locator('.table-scroll')
        .evaluate((el) => ({ content: el.scrollWidth, box: el.clientWidth }));
      expect(widths.content).toBeLessThanOrEqual(widths.box);
      await saveScreenshot(page, 'desktop-audit-log-details-ar');
      await page.context().request.put(`${ctx.url}/api/language`, {
        data: { language: 'en' },
        headers: { Origin: ctx.url },
      });
    },
    SLOW_TEST_MS,
  );
});
