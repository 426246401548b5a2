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

/** A fresh browser context signed in through the form. */
async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await signInThroughForm(page, ctx.url, email);
  return page;
}

let maya: Page;
let harri: Page;

describe('discussions', () => {
  it(
    'shows typing and a new message live to another member',
    async () => {
      maya = await signIn('member@example.org');
      harri = await signIn('hotline@example.org');

      // Maya starts a thread through the form and lands on it.
      await maya.goto(`${ctx.url}/discussions`);
      await maya.getByRole('heading', { name: 'Discussions', level: 1 }).waitFor({ timeout: STEP_MS });
      await maya.getByLabel('Title').fill('Hotline referrals follow-up');
      await maya.getByLabel('Who can read it').selectOption('members');
      await maya.getByRole('button', { name: 'Start thread' }).click();
      await maya
        .getByRole('heading', { name: 'Hotline referrals follow-up', level: 1 })
        .waitFor({ timeout: STEP_MS });
      expect(new URL(maya.url()).pathname).toMatch(/^\/discussions\/[0-9a-f]{24}$/);
      expect(await maya.title()).toContain('Hotline referrals follow-up');

      // Harri finds it in the list and opens it.
      await harri.goto(`${ctx.url}/discussions`);
      await harri.getByRole('link', { name: 'Hotline referrals follow-up' }).click();
      await harri
        .getByRole('heading', { name: 'Hotline referrals follow-up', level: 1 })
        .waitFor({ timeout: STEP_MS });
      // Both views have joined: each sees the other viewing.
      await maya.getByTestId('presence').filter({ hasText: 'Harri Hotline' }).waitFor({ timeout: STEP_MS });
      await harri.getByTestId('presence').filter({ hasText: 'Maya Member' }).waitFor({ timeout: STEP_MS });

      // Maya types without sending: Harri sees her typing.
      const composer = maya.getByLabel('Message', { exact: true });
      await composer.pressSequentially('Shall we meet', { delay: 30 });
      await harri
        .getByTestId('typing')
        .filter({ hasText: 'Maya Member is typing' })
        .waitFor({ timeout: STEP_MS });

      // Maya sends with Enter: the message reaches Harri without a reload.
      await composer.pressSequentially(' on Thursday?');
      await composer.press('Enter');
      const harriLog = harri.getByRole('log');
      await harriLog
        .getByTestId('message')
        .filter({ hasText: 'Shall we meet on Thursday?' })
        .waitFor({ timeout: STEP_MS });
      expect(await harriLog.getByTestId('message').first().innerText()).toContain('Maya Member');

      // For Maya it shows as sent, not "Sending…".
      const mine = maya
        .getByRole('log')
        .getByTestId('message')
        .filter({ hasText: 'Shall we meet on Thursday?' });
      await mine.waitFor({ timeout: STEP_MS });
      await maya.waitForFunction(
        () =>
          document.querySelectorAll('[data-testid="message"][data-seq]').length === 1 &&
          !document.querySelector('[data-testid="message-status"]'),
        undefined,
        { timeout: STEP_MS },
      );
      expect(await mine.getAttribute('data-seq')).toBe('1');
      expect(await mine.innerText()).not.toContain('Sending');
      expect(await maya.getByRole('log').getByTestId('message').count()).toBe(1);
      expect(await composer.inputValue()).toBe('');
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'replies, edits with history and deletes live',
    async () => {
      // Harri replies to Maya's message: the reply quotes it.
      const harriLog = harri.getByRole('log');
      await harriLog.getByRole('button', { name: 'Reply to Maya Member' }).click();
      await harri.getByTestId('replying-to').filter({ hasText: 'Replying to Maya Member' }).waitFor();
      await harri.getByLabel('Message', { exact: true }).fill('Thursday works for me.');
      await harri.getByRole('button', { name: 'Send', exact: true }).click();
      const reply = maya
        .getByRole('log')
        .getByTestId('message')
        .filter({ hasText: 'Thursday works for me.' });
      await reply.waitFor({ timeout: STEP_MS });
      expect(await reply.locator('blockquote').innerText()).toContain('Shall we meet on Thursday?');

      // Maya edits her message: Harri sees the new text and its edit history.
      const mayaLog = maya.getByRole('log');
      await mayaLog.getByRole('button', { name: 'Edit your message' }).click();
      await maya.getByLabel('Edit message').fill('Shall we meet on Friday?');
      await maya.getByRole('button', { name: 'Save' }).click();
      const edited = harriLog.getByTestId('message').filter({ hasText: 'Shall we meet on Friday?' }).first();
      await edited.waitFor({ timeout: STEP_MS });
      await edited.getByRole('button', { name: /edited/ }).click();
      await edited.getByRole('list', { name: 'Earlier versions' }).filter({ hasText: 'Thursday?' }).waitFor();

      // Maya deletes it after confirming: both see "Message deleted".
      const own = mayaLog.getByTestId('message').filter({ hasText: 'Shall we meet on Friday?' }).first();
      await own.getByRole('button', { name: 'Delete' }).click();
      await own.getByRole('button', { name: 'Yes, delete' }).click();
      await harriLog.getByText('Message deleted').waitFor({ timeout: STEP_MS });
      await mayaLog.getByText('Message deleted').waitFor({ timeout: STEP_MS });
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'suggests people with @, notifies the mentioned member live and leads to the message',
    async () => {
      // Harri's reply earlier notified Maya: her bell counts it beside the demo mention, without a reload.
      await maya.getByTestId('notification-count').filter({ hasText: '2' }).waitFor({ timeout: STEP_MS });
      const harriBell = harri.getByTestId('notification-bell');
      expect(await harriBell.getAttribute('aria-label')).toBe('Notifications');

      const composer = maya.getByLabel('Message', { exact: true });
      await composer.pressSequentially('Over to @Har', { delay: 20 });
      const suggestions = maya.getByRole('listbox', { name: 'People to mention' });
      await suggestions.getByRole('option', { name: /Harri Hotline/ }).waitFor({ timeout: STEP_MS });
      // Observers may read members' threads too, so they are offered; hosts-only people would not be.
      await composer.press('Enter');
      expect(await composer.inputValue()).toBe('Over to @Harri Hotline ');
      await composer.pressSequentially('for the age bands.');
      await composer.press('Enter');

      // Harri: the badge counts it, the centre lists it, and the link opens the message.
      await harri.getByTestId('notification-count').filter({ hasText: '1' }).waitFor({ timeout: STEP_MS });
      await harriBell.click();
      await harri.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
      const item = harri.getByRole('link', {
        name: /Maya Member mentioned you in “Hotline referrals follow-up”/,
      });
      await item.click();
      await harri.waitForURL(/\/discussions\/[0-9a-f]{24}#m\d+$/);
      const target = harri.locator('.message--target');
      await target.waitFor({ timeout: STEP_MS });
      expect(await target.innerText()).toContain('for the age bands.');
      expect(await target.locator('.message__mention').innerText()).toBe('@Harri Hotline');
      await harri.waitForFunction(
        () => !document.querySelector('[data-testid="notification-count"]'),
        undefined,
        {
          timeout: STEP_MS,
        },
      );
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});
