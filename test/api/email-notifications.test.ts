/** Notification e-mails through a real Mailpit: batching, preferences, headers, visibility at send time. */
import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import type { TestContext } from '../helpers/server';
import { emailWorld, type EmailWorld } from '../helpers/emailWorld';
import type { Mailpit } from '../helpers/mailpit';
import { waitUntil } from '../helpers/patience';
import { Notification } from '../../server/models/Notification';
import { PendingEmail } from '../../server/models/PendingEmail';
import { Thread } from '../../server/models/Thread';

let mailpit: Mailpit;
let ctx: TestContext;
let host: request.Agent;
let member: request.Agent;
let hostUser: EmailWorld['hostUser'];
let memberUser: EmailWorld['memberUser'];
let world: EmailWorld;
beforeAll(async () => {
  world = await emailWorld({ name: 'Mira Member' });
  ({ mailpit, ctx, host, member, hostUser, memberUser } = world);
});
afterAll(() => world.close());
const flush = () => world.flush();
const queued = (n: number) => world.queued(n);

const cid = () => randomBytes(8).toString('hex');
const newThread = async (visibility = 'members') =>
  (
    await host
      .post('/api/threads')
      .send({ title: `Thread ${cid()}`, visibility })
      .expect(201)
  ).body.id as string;
const mention = (threadId: string, body = 'Please look, @Mira Member') =>
  host
    .post(`/api/threads/${threadId}/messages`)
    .send({ clientId: cid(), body, mentions: [String(memberUser._id)] })
    .expect(201);

describe('notification e-mails', () => {
  it('mails mentions at once, batched per discussion, with a text part, a reply address and one-click unsubscribe', async () => {
    const threadId = await newThread();
    await mention(threadId, 'First, @Mira Member');
    await mention(threadId, 'Second, @Mira Member');
    await queued(2);
    expect(await flush()).toBe(true);
    const [mail] = await mailpit.waitForTo(memberUser.email);
    expect(await PendingEmail.countDocuments({ recipientId: memberUser._id })).toBe(0);
    const all = await mailpit.to(memberUser.email);
    expect(all).toHaveLength(1);
    const full = await mailpit.message(mail!.ID);
    expect(full.Subject).toBe('2 new notifications');
    expect(full.Text).toContain('First, @Mira Member');
    expect(full.Text).toContain('Second, @Mira Member');
    expect(full.HTML).toContain('Hana Host mentioned you');
    expect(full.ReplyTo[0]!.Address).toMatch(/^reply\+[0-9a-f]{16}\.[0-9a-f]{20}@localhost$/);
    const headers = await mailpit.headers(mail!.ID);
    expect(headers['List-Unsubscribe']![0]).toMatch(
      /^<http:\/\/localhost\/api\/email\/unsubscribe\?token=.+>$/,
    );
    expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
  });

  it('sends nothing for a kind set to off, and keeps daily kinds for the digest', async () => {
    await member
      .put('/api/email-preferences')
      .send({ topics: { mention: 'off', reply: 'daily' } })
      .expect(200);
    await mailpit.clear();
    const threadId = await newThread();
    await mention(threadId);
    const parent = await member
      .post(`/api/threads/${threadId}/messages`)
      .send({ clientId: cid(), body: 'mine' })
      .expect(201);
    await host
      .post(`/api/threads/${threadId}/messages`)
      .send({ clientId: cid(), body: 'an answer', replyTo: parent.body.id })
      .expect(201);
    await waitUntil(
      'the reply queued for the daily digest',
      async () =>
        (await PendingEmail.countDocuments({ recipientId: memberUser._id, frequency: 'daily' })) === 1,
    );
    expect(await PendingEmail.countDocuments({ recipientId: memberUser._id, kind: 'mention' })).toBe(0);
    await flush();
    expect(await mailpit.to(memberUser.email)).toHaveLength(0);
    await member
      .put('/api/email-preferences')
      .send({ topics: { mention: 'instant', reply: 'instant' } })
      .expect(200);
    await PendingEmail.deleteMany({});
  });

  it('leaves out a notification whose discussion was made hosts-only before the e-mail went', async () => {
    await mailpit.clear();
    const threadId = await newThread();
    await mention(threadId, 'Secret soon, @Mira Member');
    // Narrowed before the batch is sent (as a subject made hosts-only would).
    await Thread.updateOne({ _id: threadId }, { $set: { visibility: 'hosts' } });
    await queued(1);
    await flush();
    expect(await PendingEmail.countDocuments({ recipientId: memberUser._id })).toBe(0);
    expect(await mailpit.to(memberUser.email)).toHaveLength(0);
  });

  it('tells hosts of a membership application in the app and by e-mail, and members not at all', async () => {
    await mailpit.clear();
    await ctx
      .agent()
      .post('/api/applications')
      .send({
        organisationName: 'Safer Net Org',
        category: 'civil-society',
        country: 'Kenya',
        contactName: 'Ada Applicant',
        contactEmail: `apply-${cid()}@example.test`,
        motivation: 'We run a hotline and would like to take part.',
      })
      .expect(201);
    await waitUntil(
      'queued',
      async () => (await PendingEmail.countDocuments({ kind: 'application-received' })) === 1,
    );
    await flush();
    const inApp = await Notification.find({ kind: 'application-received' }).lean();
    expect(inApp.map((n) => String(n.recipientId))).toEqual([String(hostUser._id)]);
    const [mail] = await mailpit.waitForTo(hostUser.email);
    expect((await mailpit.message(mail!.ID)).Text).toContain('Safer Net Org applied to join');
    const res = await host.get('/api/notifications').expect(200);
    expect(res.body.items[0].kind).toBe('application-received');
    expect(await mailpit.to(memberUser.email)).toHaveLength(0);
  });
});
