/**
 * The discussion of an item is never readable by more people than the item itself: at creation, after
 * every visibility change of the item, and for what derives from it (notifications, socket broadcasts).
 * POST /api/threads answers the same for a subject that does not exist and one the caller may not read.
 */
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { createIndicatorVia } from '../helpers/indicators';
import { makePdf } from '../helpers/files';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { Thread } from '../../server/models/Thread';
import { Notification } from '../../server/models/Notification';
import { Indicator } from '../../server/models/Indicator';
import { reconcileSubjectThreads } from '../../server/features/discussions/subjectThreads';
import { ACK_MS, waitUntil } from '../helpers/patience';

let ctx: TestContext;
let host: request.Agent;
let member: request.Agent;
let observer: request.Agent;
let memberUser: { _id: Types.ObjectId; name: string };
let memberCookie: string;
let orgId: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  ctx = await startTestServer({ MESSAGE_RATE: '1000/10' });
  host = ctx.agent();
  member = ctx.agent();
  observer = ctx.agent();
  await signIn(host, await createUser({ role: 'host' }));
  const m = await createUser({ role: 'member', name: `Mira ${randomBytes(3).toString('hex')}` });
  memberUser = { _id: m._id, name: m.name };
  memberCookie = sessionCookie((await signIn(member, m)).headers['set-cookie']);
  await signIn(observer, await createUser({ role: 'observer' }));
  orgId = String((await createOrganisation())._id);
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await ctx.close();
});

const cid = () => randomBytes(8).toString('hex');
const indicatorId = async (visibility: string) => {
  const code = await createIndicatorVia(host, { visibility });
  return { code, id: String((await Indicator.findOne({ code }).lean())!._id) };
};
const documentId = async (visibility: string) =>
  (
    await host
      .post('/api/documents')
      .field('title', 'Subject doc')
      .field('kind', 'other')
      .field('visibility', visibility)
      .attach('file', makePdf('subject'), 's.pdf')
      .expect(201)
  ).body.id as string;
const actionId = async (visibility: string) =>
  (
    await host
      .post('/api/follow-ups')
      .send({ title: 'Subject follow-up', ownerOrganisationId: orgId, visibility })
      .expect(201)
  ).body.id as string;
const open = (agent: request.Agent, subjectType: string, subjectId: string, visibility?: string) =>
  agent
    .post('/api/threads')
    .send({ title: 'About this item', subjectType, subjectId, ...(visibility ? { visibility } : {}) });
const post = (agent: request.Agent, threadId: string, body = 'hello') =>
  agent.post(`/api/threads/${threadId}/messages`).send({ clientId: cid(), body });

describe('opening the discussion of an item', () => {
  const kinds: [string, (v: string) => Promise<string>][] = [
    ['indicator', async (v) => (await indicatorId(v)).id],
    ['document', documentId],
    ['action', actionId],
  ];

  it.each(kinds)(
    'a hosts-only %s answers exactly like one that does not exist, and gets no thread',
    async (type, make) => {
      const hidden = await make('hosts');
      const missing = new Types.ObjectId().toHexString();
      const [a, b] = await Promise.all([open(member, type, hidden), open(member, type, missing)]);
      expect(a.status).toBe(404);
      expect(b.status).toBe(404);
      expect(a.body).toEqual(b.body);
      expect(await Thread.countDocuments({ subjectId: hidden })).toBe(0);
    },
  );

  it.each(kinds)(
    'a thread about a hosts-only %s is hosts-only, whatever the host asked for',
    async (type, make) => {
      const id = await make('hosts');
      const res = await open(host, type, id, 'members').expect(201);
      expect(res.body.visibility).toBe('hosts');
      await member.get(`/api/threads/${res.body.id}`).expect(404);
    },
  );

  it('a discussion is never wider than its item: a public request on a members item gives members', async () => {
    const { id } = await indicatorId('members');
    const res = await open(member, 'indicator', id, 'public').expect(201);
    expect(res.body.visibility).toBe('members');
    await ctx.agent().get(`/api/threads/${res.body.id}`).expect(404);
  });

  it('observers may not open one, and a subject without an id is a 400', async () => {
    const { id } = await indicatorId('members');
    await open(observer, 'indicator', id).expect(403);
    await member.post('/api/threads').send({ title: 'No id', subjectType: 'indicator' }).expect(400);
  });
});

describe('when the item becomes more restricted', () => {
  it('the indicator’s discussion follows it to hosts-only, and back', async () => {
    const { code, id } = await indicatorId('members');
    const thread = (await open(member, 'indicator', id).expect(201)).body.id as string;
    await post(member, thread).expect(201);
    await host.put(`/api/indicators/${code}/visibility`).send({ visibility: 'hosts' }).expect(200);

    await member.get(`/api/threads/${thread}`).expect(404);
    await member.get(`/api/threads/${thread}/messages`).expect(404);
    await post(member, thread).expect(404);
    const listed = await member.get(`/api/threads?subjectId=${id}`).expect(200);
    expect(listed.body.items).toHaveLength(0);
    const hostView = await host.get(`/api/threads/${thread}`).expect(200);
    expect(hostView.body.visibility).toBe('hosts');

    await host.put(`/api/indicators/${code}/visibility`).send({ visibility: 'members' }).expect(200);
    expect((await member.get(`/api/threads/${thread}`).expect(200)).body.visibility).toBe('members');
  });

  it('a document made hosts-only, or archived, takes its discussion with it', async () => {
    const doc = await documentId('members');
    const thread = (await open(member, 'document', doc).expect(201)).body.id as string;
    await host.patch(`/api/documents/${doc}`).send({ visibility: 'hosts' }).expect(200);
    await member.get(`/api/threads/${thread}`).expect(404);
    await host.patch(`/api/documents/${doc}`).send({ visibility: 'members' }).expect(200);
    await member.get(`/api/threads/${thread}`).expect(200);
    await host.delete(`/api/documents/${doc}`).expect(200);
    await member.get(`/api/threads/${thread}`).expect(404);
    await host.post(`/api/documents/${doc}/restore`).expect(200);
    await member.get(`/api/threads/${thread}`).expect(200);
  });

  it('a follow-up made hosts-only takes its discussion with it', async () => {
    const action = await actionId('members');
    const thread = (await open(member, 'action', action).expect(201)).body.id as string;
    await host.patch(`/api/follow-ups/${action}`).send({ visibility: 'hosts' }).expect(200);
    await member.get(`/api/threads/${thread}`).expect(404);
  });

  it('members’ notifications about it are withdrawn and their sockets stop hearing its messages', async () => {
    const { code, id } = await indicatorId('members');
    const thread = (await open(host, 'indicator', id).expect(201)).body.id as string;
    const other = (await host.post('/api/threads').send({ title: 'Elsewhere' }).expect(201)).body
      .id as string;
    await host
      .post(`/api/threads/${thread}/messages`)
      .send({ clientId: cid(), body: `@${memberUser.name} see this`, mentions: [String(memberUser._id)] })
      .expect(201);
    const mentioned = () => Notification.countDocuments({ recipientId: memberUser._id, subjectId: thread });
    await waitUntil('the mention stored', async () => (await mentioned()) === 1);

    const socket = openSocket(ctx.url, memberCookie);
    sockets.push(socket);
    await connected(socket);
    const heard: string[] = [];
    socket.on('message:new', (m) => heard.push(m.body));
    for (const t of [thread, other]) {
      const ack = await socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: t });
      expect(ack.ok).toBe(true);
    }

    await host.put(`/api/indicators/${code}/visibility`).send({ visibility: 'hosts' }).expect(200);
    expect(await mentioned()).toBe(0);
    expect(
      (await member.get('/api/notifications').expect(200)).body.items.map((n: { link: string }) => n.link),
    ).not.toContain(expect.stringContaining(thread));

    await post(host, thread, 'secret after restriction').expect(201);
    await post(host, other, 'marker').expect(201);
    // Both broadcasts leave in order on the same connection: once the marker is here, the secret would be too.
    await waitUntil('the marker message', () => heard.includes('marker'));
    expect(heard).not.toContain('secret after restriction');
    const again = await socket
      .timeout(ACK_MS)
      .emitWithAck('thread:resync', { threadId: thread, afterSeq: 0 });
    expect(again.ok).toBe(false);
  });

  it('threads kept from before the rule are brought in line at start-up', async () => {
    const { id } = await indicatorId('hosts');
    const legacy = await Thread.create({
      title: 'Opened by a member before the fix',
      subjectType: 'indicator',
      subjectId: id,
      subjectKey: `indicator:${id}`,
      visibility: 'members',
    });
    await member.get(`/api/threads/${String(legacy._id)}`).expect(200);
    await reconcileSubjectThreads();
    await member.get(`/api/threads/${String(legacy._id)}`).expect(404);
    expect((await host.get(`/api/threads/${String(legacy._id)}`).expect(200)).body.visibility).toBe('hosts');
  });
});

describe('a locked thread', () => {
  it('is closed to its authors’ edits and deletions, over HTTP and sockets; hosts still moderate', async () => {
    const thread = (await member.post('/api/threads').send({ title: 'Soon locked' }).expect(201)).body
      .id as string;
    const first = (await post(member, thread, 'one').expect(201)).body.id as string;
    const second = (await post(member, thread, 'two').expect(201)).body.id as string;
    await host.patch(`/api/threads/${thread}`).send({ locked: true }).expect(200);

    await member.patch(`/api/messages/${first}`).send({ body: 'changed' }).expect(403);
    await member.delete(`/api/messages/${first}`).expect(403);
    const socket = openSocket(ctx.url, memberCookie);
    sockets.push(socket);
    await connected(socket);
    const edit = await socket
      .timeout(ACK_MS)
      .emitWithAck('message:edit', { messageId: second, body: 'changed' });
    expect(edit).toMatchObject({ ok: false, error: 'forbidden' });
    const del = await socket.timeout(ACK_MS).emitWithAck('message:delete', { messageId: second });
    expect(del).toMatchObject({ ok: false, error: 'forbidden' });
    const messages = (await member.get(`/api/threads/${thread}/messages`).expect(200)).body.items;
    expect(messages.map((m: { body: string; deleted: boolean }) => [m.body, m.deleted])).toEqual([
      ['one', false],
      ['two', false],
    ]);
    await host.delete(`/api/messages/${first}`).expect(200);
  });
});

describe('filing a document under a meeting', () => {
  it('answers a hosts-only meeting like a missing one', async () => {
    const { createMeeting } = await import('../factories');
    const hidden = await createMeeting({ visibility: 'hosts' });
    const missing = new Types.ObjectId().toHexString();
    const upload = (meetingId: string) =>
      member
        .post('/api/documents')
        .field('title', 'Filed under a meeting')
        .field('kind', 'other')
        .field('visibility', 'members')
        .field('meetingId', meetingId)
        .attach('file', makePdf('filed'), 'f.pdf');
    const [a, b] = [await upload(String(hidden._id)), await upload(missing)];
    expect(a.status).toBe(400);
    expect(b.status).toBe(400);
    expect(a.body).toEqual(b.body);
    const visible = await createMeeting({ visibility: 'members' });
    expect((await upload(String(visible._id))).status).toBe(201);
  });
});
