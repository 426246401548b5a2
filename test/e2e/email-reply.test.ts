/**
 * Reply by e-mail, seen in a browser: Hana (host) has the discussion open in Chromium; Maya is
 * mentioned, gets the e-mail in Mailpit, answers it through a real SMTP client to the app's inbound
 * listener, and Hana's page shows the reply arrive live — without the quoted text or signature.
 */
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { startMailpit, type Mailpit } from '../helpers/mailpit';
import { launchBrowser, signInThroughForm } from '../helpers/browser';
import { User } from '../../server/models/User';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { STEP_MS, WAIT_MS, SLOW_TEST_MS } from '../helpers/patience';

let mailpit: Mailpit;
let ctx: TestContext;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mailpit = await startMailpit();
  ctx = await startTestServer(
    { SMTP_URL: mailpit.smtpUrl, EMAIL_BATCH_MINUTES: '0.02', INBOUND_SMTP_PORT: '0' },
    { seedDemo: true },
  );
  browser = await launchBrowser();
}, SLOW_TEST_MS);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await ctx?.close();
  await mailpit?.stop();
});

it('a reply sent by e-mail appears live on the open discussion page', async () => {
  const host = ctx.agent();
  await host.post('/api/auth/login').send({ email: 'host@example.org', password: DEMO_PASSWORD }).expect(200);
  const title = `Answer by e-mail ${randomBytes(3).toString('hex')}`;
  const threadId = (await host.post('/api/threads').send({ title }).expect(201)).body.id as string;

  context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, ctx.url, 'host@example.org');
  await page.goto(`${ctx.url}/discussions/${threadId}`);
  await page.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: STEP_MS });

  const maya = (await User.findOne({ email: 'member@example.org' }).lean())!;
  await host
    .post(`/api/threads/${threadId}/messages`)
    .send({
      clientId: randomBytes(8).toString('hex'),
      body: 'Could you check the figures, @Maya Member?',
      mentions: [String(maya._id)],
    })
    .expect(201);
  const [mail] = await mailpit.waitForTo(maya.email, 1);
  const replyTo = (await mailpit.message(mail!.ID)).ReplyTo[0]!.Address;

  const smtp = nodemailer.createTransport({
    host: '127.0.0.1',
    port: ctx.server.inboundSmtpPort!,
    secure: false,
    ignoreTLS: true,
  });
  await smtp.sendMail({
    from: maya.email,
    to: replyTo,
    subject: `Re: ${title}`,
    text: 'The figures hold for 2013.\n\nOn Mon, Hana Host wrote:\n> Could you check the figures?\n\n-- \nMaya, ECPAT',
  });
  smtp.close();

  const reply = page.getByRole('log').locator('article').filter({ hasText: 'The figures hold for 2013.' });
  await reply.waitFor({ timeout: WAIT_MS });
  const text = (await reply.textContent()) ?? '';
  expect(text).toContain('Maya Member');
  expect(text).not.toContain('wrote:');
  expect(text).not.toContain('Maya, ECPAT');
});
