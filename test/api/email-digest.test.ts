/** Daily and weekly digests through a real Mailpit: contents, visibility at send time, exactly once. */
import type request from 'supertest';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { startEmailJobs } from '../../server/features/email/emailJobs';
import { startTestServer, type TestContext } from '../helpers/server';
import { startMailpit, type Mailpit } from '../helpers/mailpit';
import { createUser, signIn } from '../factories';
import { DocumentModel } from '../../server/models/Document';
import { User } from '../../server/models/User';
import { JobRun } from '../../server/models/JobRun';
import { DigestSend } from '../../server/models/DigestSend';

let mailpit: Mailpit;
let ctx: TestContext;
let member: request.Agent;
let memberUser: Awaited<ReturnType<typeof createUser>>;
let hostUser: Awaited<ReturnType<typeof createUser>>;
const DAY = 24 * 3600_000;
beforeAll(async () => {
  mailpit = await startMailpit();
  ctx = await startTestServer({ SMTP_URL: mailpit.smtpUrl });
  hostUser = await createUser({ role: 'host' });
  memberUser = await createUser({ role: 'member' });
  member = ctx.agent();
  await signIn(member, memberUser);
  // Only these two people receive digests in this file.
  await User.updateMany({ _id: { $nin: [hostUser._id, memberUser._id] } }, { $set: { status: 'suspended' } });
  await member
    .put('/api/email-preferences')
    .send({ topics: { activity: 'daily' } })
    .expect(200);
  const host = ctx.agent();
  await signIn(host, hostUser);
  await host
    .put('/api/email-preferences')
    .send({ topics: { activity: 'daily' } })
    .expect(200);
  const doc = (title: string, visibility: 'members' | 'hosts') =>
    DocumentModel.create({ title, kind: 'report', visibility, ownerId: hostUser._id, currentVersion: 1 });
  await doc('Members annual report', 'members');
  await doc('Hosts budget note', 'hosts');
  const later = await doc('Draft made hosts-only later', 'members');
  await DocumentModel.updateOne({ _id: later._id }, { $set: { visibility: 'hosts' } });
});
afterAll(async () => {
  await ctx.close();
  await mailpit.stop();
});

describe('digests', () => {
  it('sends each person what they may read at send time, in HTML and text', async () => {
    await ctx.server.email.runNow('daily', Date.now());
    const [mine] = await mailpit.waitForTo(memberUser.email);
    const [hosts] = await mailpit.waitForTo(hostUser.email);
    const memberMail = await mailpit.message(mine!.ID);
    expect(memberMail.Subject).toMatch(/daily digest/);
    expect(memberMail.Text).toContain('Members annual report');
    expect(memberMail.HTML).toContain('Members annual report');
    // Hosts-only items, including one made hosts-only after it was added, never reach a member.
    for (const part of [memberMail.Text, memberMail.HTML]) {
      expect(part).not.toContain('Hosts budget note');
      expect(part).not.toContain('Draft made hosts-only later');
    }
    const hostMail = await mailpit.message(hosts!.ID);
    expect(hostMail.Text).toContain('Hosts budget note');
    expect(hostMail.Text).toContain('Draft made hosts-only later');
    const headers = await mailpit.headers(mine!.ID);
    expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
  });

  it('sends a period’s digest once, across a restart and a second instance', async () => {
    await mailpit.clear();
    // A fresh period: no job claim and no per-person claim yet.
    await JobRun.deleteMany({});
    await DigestSend.deleteMany({});
    const now = Date.now() + 2 * DAY;
    const config = loadConfig({
      NODE_ENV: 'test',
      MONGODB_URI: 'mongodb://unused/x',
      SMTP_URL: mailpit.smtpUrl,
    });
    const log = createLogger('silent');
    const first = startEmailJobs(config, log);
    const second = startEmailJobs(config, log); // another instance
    const ran = await Promise.all([first.runNow('daily', now), second.runNow('daily', now)]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    await first.stop();
    await mailpit.waitForTo(memberUser.email);
    const restarted = startEmailJobs(config, log); // after a restart
    expect(await restarted.runNow('daily', now)).toBe(false);
    await Promise.all([second.stop(), restarted.stop()]);
    // The job claim lost (a failed run gives it back): the per-person claim still prevents a second send.
    await JobRun.deleteMany({});
    const again = startEmailJobs(config, log);
    await again.runNow('daily', now);
    await again.stop();
    expect(await mailpit.to(memberUser.email)).toHaveLength(1);
    expect(await mailpit.to(hostUser.email)).toHaveLength(1);
  });
});
