/**
 * Reading a busy discussion: the log keeps the reader's place when messages arrive, marks where the
 * new ones begin and offers a jump to the newest; the notification centre quotes what was said
 * and groups repeated mentions in one discussion.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { DESKTOP, launchBrowser, saveScreenshot, signInThroughForm } from '../helpers/browser';
import { User, type UserRecord } from '../../server/models/User';
import { openThread, loadThread } from '../../server/features/discussions/threads';
import { postMessage } from '../../server/features/discussions/messageCommands';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
let context: BrowserContext;
let maya: Page;
let harri: UserRecord;
let mayaId: string;
let threadId: string;

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
  harri = (await User.findOne({ email: 'hotline@example.org' }).lean<UserRecord>())!;
  const mayaRecord = (await User.findOne({ email: 'member@example.org' }).lean<UserRecord>())!;
  mayaId = String(mayaRecord._id);
  const { thread } = await openThread(
    { title: 'Hotline statistics, long thread', visibility: 'members', subjectType: 'general' },
    mayaRecord,
  );
  threadId = String(thread._id);
  for (let i = 1; i <= 30; i++) await say(`Statistic number ${i} from the hotline network.`);
  context = await browser.newContext({ viewport: DESKTOP });
  maya = await context.newPage();
  await signInThroughForm(maya, ctx.url, 'member@example.org');
}, SLOW_TEST_MS);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await ctx?.close();
});

/** Harri posts a message (straight through the service, as his socket would), optionally mentioning Maya. */
async function say(body: string, mention = false) {
  await postMessage(
    await loadThread(threadId),
    { _id: harri._id, name: harri.name },
    { clientId: randomUUID().replace(/-/g, ''), body, ...(mention ? { mentions: [mayaId] } : {}) },
  );
}

/** The log's scroll position: how far from the top, and whether its end is in view. */
const position = (log: Locator) =>
  log.evaluate((el) => ({
    top: Math.round(el.scrollTop),
    atEnd: el.scrollHeight - el.scrollTop - el.clientHeight < 4,
    scrolls: el.scrollHeight > el.clientHeight,
  }));

describe('a long discussion', () => {
  it('opens at the newest message, then keeps the reader’s place as new ones arrive', async () => {
    await maya.goto(`${ctx.url}/discussions/${threadId}`);
    const log = maya.getByTestId('message-log');
    await log.getByTestId('message').filter({ hasText: 'Statistic number 30' }).waitFor({ timeout: STEP_MS });
    await maya.getByTestId('presence').filter({ hasText: 'Maya Member' }).waitFor({ timeout: STEP_MS });
    await maya.waitForFunction(() => {
      const el = document.querySelector('[data-testid="message-log"]')!;
      return el.scrollHeight - el.scrollTop - el.clientHeight < 4;
    });
    expect(await position(log)).toMatchObject({ atEnd: true, scrolls: true });

    // Maya scrolls back to read from the start; two messages arrive meanwhile.
    await log.evaluate((el) => (el.scrollTop = 0));
    await maya.waitForFunction(() => !document.querySelector('.thread__jump'));
    await say('A new figure arrived: 1,200 reports.');
    await say('And a second one: 300 removals.');
    const jump = maya.getByRole('button', { name: /2 new messages/ });
    await jump.waitFor({ timeout: STEP_MS });
    expect((await position(log)).top).toBe(0);
    // The divider sits right before the first new message.
    const divider = log.getByTestId('new-messages-divider');
    expect(await divider.count()).toBe(1);
    expect(await divider.evaluate((d) => d.nextElementSibling?.textContent ?? '')).toContain(
      'A new figure arrived',
    );
    await saveScreenshot(maya.locator('.thread'), 'desktop-new-messages');

    // The jump button brings the newest into view and goes away.
    await jump.click();
    await jump.waitFor({ state: 'detached', timeout: STEP_MS });
    expect((await position(log)).atEnd).toBe(true);

    // At the end, the log follows new messages by itself, with no button.
    await say('Third figure: 42 hotlines.');
    await log.getByTestId('message').filter({ hasText: 'Third figure' }).waitFor({ timeout: STEP_MS });
    await maya.waitForFunction(() => {
      const el = document.querySelector('[data-testid="message-log"]')!;
      return el.scrollHeight - el.scrollTop - el.clientHeight < 4;
    });
    expect(await maya.locator('.thread__jump').count()).toBe(0);
  });
});

describe('the notification centre', () => {
  it('quotes what was said and groups repeated mentions in one discussion', async () => {
    await say('@Maya Member can you check the 2012 figures?', true);
    await say('@Maya Member and the 2013 ones too, please.', true);
    await say('@Maya Member last one: the removal times by country.', true);
    await maya.getByTestId('notification-count').filter({ hasText: '4' }).waitFor({ timeout: STEP_MS });
    await maya.goto(`${ctx.url}/notifications`);
    const lines = maya.getByTestId('notification');
    await lines.first().waitFor({ timeout: STEP_MS });
    // The three mentions share one line; the seeded mention in another discussion has its own.
    expect(await lines.count()).toBe(2);
    const grouped = lines.filter({ hasText: 'Hotline statistics, long thread' });
    expect(await grouped.innerText()).toContain('3 times');
    expect(await grouped.locator('.notification__excerpt').first().innerText()).toContain(
      'last one: the removal times by country',
    );
    await grouped.getByText('Show the 2 earlier ones').click();
    expect(await grouped.locator('.notification__excerpt').count()).toBe(3);
    await saveScreenshot(maya.getByTestId('notification-list'), 'desktop-notifications');

    // Opening the line marks all three read.
    await grouped
      .getByRole('link', { name: /mentioned you/ })
      .first()
      .click();
    await maya.getByTestId('notification-count').filter({ hasText: '1' }).waitFor({ timeout: STEP_MS });
  });
});
