/**
 * Reply by e-mail end to end: the mention e-mail reaches Mailpit, a real SMTP client (nodemailer)
 * answers to its reply address on the inbound listener, and a socket in the thread sees the reply
 * arrive live, without quotes or signature. Forged, expired and refused senders get SMTP errors.
 */
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import type request from 'supertest';
import type { MessageDto } from '@shared/schemas/thread';
import { startTestServer, type TestContext } from '../helpers/server';
import { startMailpit, type Mailpit } from '../helpers/mailpit';
import { openSocket, connected, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createUser, signIn } from '../factories';
import { ReplyAddress } from '../../server/models/ReplyAddress';
import { User } from '../../server/models/User';
import { Message } from '../../server/models/Message';
import { Thread } from '../../server/models/Thread';
import { ACK_MS } from '../helpers/patience';

let mailpit: Mailpit;
let ctx: TestContext;
let host: request.Agent;
let hostSocket: TestSocket;
let memberUser: Awaited<ReturnType<typeof createUser>>;
let smtp: ReturnType<typeof nodemailer.createTransport>;
beforeAll(async () => {
  mailpit = await startMailpit();
  ctx = await startTestServer({
    SMTP_URL: mailpit.smtpUrl,
    EMAIL_BATCH_MINUTES: '0.02',
    INBOUND_SMTP_PORT: '0',
    MESSAGE_RATE: '4/60',
    // The flood test uses up the member's budget: the visibility check runs before the flood guard.,
  });
  const hostUser = await createUser({ role: 'host', name: 'Hana Host' });
  memberUser = await createUser({ role: 'member', name: 'Mira Member' });
  host = ctx.agent();
  const login = await signIn(host, hostUser);
  hostSocket = openSocket(ctx.url, sessionCookie(login.headers['set-cookie']));
  await connected(hostSocket);
  smtp = nodemailer.createTransport({
    host: '127.0.0.1',
    port: ctx.server.inboundSmtpPort!,
    secure: false,
    ignoreTLS: true,
  });
});
afterAll(async () => {
  hostSocket.disconnect();
  smtp.close();
  await ctx.close();
  await mailpit.stop();
});

const cid = () => randomBytes(8).toString('hex');

/**
 * A members thread where a host mentions the member; resolves with the e-mail's reply address. A
 * new host each time, so the hosts' posts stay under the flood guard tested here for the member.
 */
async function mentionedByEmail() {
  const poster = ctx.agent();
  await signIn(poster, await createUser({ role: 'host', name: 'Other Host' }));
  const threadId = (
    await poster
      .post('/api/threads')
      .send({ title: `Reply ${cid()}` })
      .expect(201)
  ).body.id as string;
  await poster
    .post(`/api/threads/${threadId}/messages`)
    .send({ clientId: cid(), body: 'What do you think, @Mira Member?', mentions: [String(memberUser._id)] })
    .expect(201);
  const before = (await mailpit.to(memberUser.email)).length;
  const [mail] = await mailpit.waitForTo(memberUser.email, before + 1);
  const full = await mailpit.message(mail!.ID);
  return { threadId, replyTo: full.ReplyTo[0]!.Address, inReplyTo: full.MessageID };
}

const reply = (to: string, text: string, messageId = `<${cid()}@mail.example.test>`) =>
  smtp.sendMail({ from: memberUser.email, to, subject: 'Re: mention', text, messageId });

describe('reply by e-mail', () => {
  it('posts the reply in the thread as the person, quotes and signature removed, live to the room', async () => {
    const { threadId, replyTo } = await mentionedByEmail();
    await hostSocket.timeout(ACK_MS).emitWithAck('thread:join', { threadId });
    const arrived = new Promise<MessageDto>((resolve) => hostSocket.once('message:new', resolve));
    await reply(
      replyTo,
      'I agree with the draft.\n\nLet us discuss on Monday.\n\nOn Tue, 3 Sep 2013, Hana Host <host@example.test> wrote:\n> What do you think?\n\n-- \nMira, ECPAT',
    );
    const message = await arrived;
    expect(message.body).toBe('I agree with the draft.\n\nLet us discuss on Monday.');
    expect(message.author?.id).toBe(String(memberUser._id));
    expect(message.replyTo).not.toBeNull();
  });

  it('posts a retried e-mail (same Message-ID) once', async () => {
    const { threadId, replyTo } = await mentionedByEmail();
    await reply(replyTo, 'Only once', '<same-id@mail.example.test>');
    await reply(replyTo, 'Only once', '<same-id@mail.example.test>');
    expect(await Message.countDocuments({ threadId, body: 'Only once' })).toBe(1);
  });

  it('refuses forged, unknown and expired addresses', async () => {
    const { replyTo } = await mentionedByEmail();
    const forged = replyTo.replace(/\.([0-9a-f])/, (_m, c: string) => `.${c === '0' ? '1' : '0'}`);
    await expect(reply(forged, 'forged')).rejects.toMatchObject({ responseCode: 550 });
    await expect(reply('someone@localhost', 'unknown')).rejects.toMatchObject({ responseCode: 550 });
    await ReplyAddress.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(reply(replyTo, 'late')).rejects.toMatchObject({
      responseCode: 550,
      response: expect.stringMatching(/expired/),
    });
  });

  it('applies the socket send checks: locked thread, suspended account, flood guard', async () => {
    const locked = await mentionedByEmail();
    await host.patch(`/api/threads/${locked.threadId}`).send({ locked: true }).expect(200);
    await expect(reply(locked.replyTo, 'into a locked thread')).rejects.toMatchObject({ responseCode: 550 });

    const flood = await mentionedByEmail();
    const sent: number[] = [];
    for (let i = 0; i < 5; i++) {
      sent.push(
        await reply(flood.replyTo, `flood ${i}`).then(
          () => 250,
          (err: { responseCode: number }) => err.responseCode,
        ),
      );
    }
    expect(sent).toContain(451); // try again later: the sending server retries

    const suspended = await mentionedByEmail();
    await User.updateOne({ _id: memberUser._id }, { $set: { status: 'suspended' } });
    await expect(reply(suspended.replyTo, 'while suspended')).rejects.toMatchObject({ responseCode: 550 });
    await User.updateOne({ _id: memberUser._id }, { $set: { status: 'active' } });

    // Visibility: the discussion was made hosts-only after the e-mail went out.
    const hidden = await mentionedByEmail();
    await Thread.updateOne({ _id: hidden.threadId }, { $set: { visibility: 'hosts' } });
    await expect(reply(hidden.replyTo, 'into a hosts-only thread')).rejects.toMatchObject({
      responseCode: 550,
    });
    expect(await Message.countDocuments({ threadId: hidden.threadId, authorId: memberUser._id })).toBe(0);
  });
});
