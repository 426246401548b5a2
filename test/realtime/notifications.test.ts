import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createUser, signIn } from '../factories';
import type { NotificationDto } from '../../shared/schemas/notification';
import type { MessageDto } from '../../shared/schemas/thread';
import { Notification } from '../../server/models/Notification';
import { ACK_MS, quiet, waitUntil } from '../helpers/patience';

let ctx: TestContext;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  ctx = await startTestServer();
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => ctx.close());

const cid = () => randomBytes(8).toString('hex');
let n = 0;

async function person(role: 'member' | 'observer' | 'host' = 'member') {
  const name = `${role === 'host' ? 'Hana' : role === 'observer' ? 'Otto' : 'Mira'} Person${++n}`;
  const user = await createUser({ role, name });
  const agent = ctx.agent();
  const res = await signIn(agent, user);
  const socket = openSocket(ctx.url, sessionCookie(res.headers['set-cookie']));
  sockets.push(socket);
  await connected(socket);
  const live: NotificationDto[] = [];
  socket.on('notification:new', (x) => live.push(x));
  return { user, agent, socket, live, id: String(user._id), name };
}

async function newThread(agent: request.Agent, visibility = 'members') {
  return (await agent.post('/api/threads').send({ title: 'CSAM-01 time to removal', visibility }).expect(201))
    .body as { id: string };
}

async function post(
  s: TestSocket,
  threadId: string,
  body: string,
  extra: { mentions?: string[]; replyTo?: string } = {},
) {
  const res = (await s
    .timeout(ACK_MS)
    .emitWithAck('message:send', { threadId, clientId: cid(), body, ...extra })) as {
    ok: boolean;
    message: MessageDto;
  };
  expect(res.ok).toBe(true);
  return res.message;
}

const stored = (userId: string) => Notification.find({ recipientId: userId }).lean();

describe('mentions and replies', () => {
  it('mentions notify only the mentioned readers, live and in the notification centre', async () => {
    const author = await person();
    const mentioned = await person();
    const observer = await person('observer');
    const bystander = await person();
    const notNamed = await person();
    const thread = await newThread(author.agent);
    const message = await post(
      author.socket,
      thread.id,
      `@${mentioned.name} and @${observer.name}, please look at the draft`,
      // notNamed is passed as an id but not written in the body: not a visible mention, no notification.
      { mentions: [mentioned.id, observer.id, notNamed.id] },
    );
    expect(message.mentions.map((m) => m.name).sort()).toEqual([mentioned.name, observer.name].sort());

    await waitUntil('both mentions live', () => mentioned.live.length === 1 && observer.live.length === 1);
    expect(mentioned.live[0]).toMatchObject({
      kind: 'mention',
      actor: { id: author.id, name: author.name },
      subject: { type: 'thread', id: thread.id },
      link: `/discussions/${thread.id}#m${message.seq}`,
      readAt: null,
    });
    expect(mentioned.live[0]!.text).toContain('mentioned you');
    const centre = await mentioned.agent.get('/api/notifications').expect(200);
    expect(centre.body.unreadCount).toBe(1);
    expect(centre.body.items.map((x: NotificationDto) => x.id)).toEqual([mentioned.live[0]!.id]);
    // Nobody else heard of it: not the bystander, not the id that was not written, not the author.
    // One write stored every recipient's and announced them together, and a socket's events arrive
    // in order: once a socket answers a ping, anything announced to it before has arrived.
    for (const p of [bystander, notNamed, author]) {
      await p.socket.timeout(ACK_MS).emitWithAck('ping', {});
      expect(p.live).toHaveLength(0);
      expect(await stored(p.id)).toHaveLength(0);
    }
  });

  it('does not notify a mentioned person who may not read the thread', async () => {
    const host = await person('host');
    const otherHost = await person('host');
    const member = await person();
    const thread = await newThread(host.agent, 'hosts');
    await post(host.socket, thread.id, `@${member.name} @${otherHost.name} see this`, {
      mentions: [member.id, otherHost.id],
    });
    await waitUntil('the other host’s mention', () => otherHost.live.length === 1);
    expect(otherHost.live[0]!.kind).toBe('mention');
    // Announced together with the other host's, if at all (see above): a ping is the barrier.
    await member.socket.timeout(ACK_MS).emitWithAck('ping', {});
    expect(member.live).toHaveLength(0);
    expect(await stored(member.id)).toHaveLength(0);
  });

  it('a reply notifies the author of the message replied to, once even when also mentioned', async () => {
    const a = await person();
    const b = await person();
    const thread = await newThread(a.agent);
    const first = await post(a.socket, thread.id, 'What age bands should we use?');
    const reply = await post(b.socket, thread.id, 'Those of the hotlines’ assessments.', {
      replyTo: first.id,
    });
    await waitUntil('the reply notification', () => a.live.length === 1);
    expect(a.live[0]).toMatchObject({ kind: 'reply', link: `/discussions/${thread.id}#m${reply.seq}` });
    await post(b.socket, thread.id, `@${a.name} agreed?`, { replyTo: first.id, mentions: [a.id] });
    await waitUntil('the mention notification', () => a.live.length === 2);
    await quiet(); // no second notification (a reply one) for the same message
    expect(a.live.map((x) => x.kind)).toEqual(['reply', 'mention']);
    // Replying to yourself notifies nobody.
    await post(a.socket, thread.id, 'Noted.', { replyTo: first.id });
    await quiet();
    expect(await stored(a.id)).toHaveLength(2);
    expect(await stored(b.id)).toHaveLength(0);
  });

  it('rejects bad mentions input with an error acknowledgement', async () => {
    const a = await person();
    const thread = await newThread(a.agent);
    const res = await a.socket
      .timeout(ACK_MS)
      .emitWithAck('message:send', { threadId: thread.id, clientId: cid(), body: 'hi', mentions: ['nope'] });
    expect(res).toMatchObject({ ok: false, error: 'invalid_input' });
    const tooMany = Array.from({ length: 21 }, () => a.id);
    await a.agent
      .post(`/api/threads/${thread.id}/messages`)
      .send({ clientId: cid(), body: 'hi', mentions: tooMany })
      .expect(400);
  });

  it('quotes what a message says now: an edit rewords the notifications about it, a deletion takes the quote away', async () => {
    const author = await person();
    const mentioned = await person();
    const thread = await newThread(author.agent);
    const message = await post(author.socket, thread.id, `@${mentioned.name} the first wording`, {
      mentions: [mentioned.id],
    });
    await waitUntil('the mention', () => mentioned.live.length === 1);
    expect(mentioned.live[0]!.excerpt).toContain('the first wording');
    const centre = async () =>
      ((await mentioned.agent.get('/api/notifications').expect(200)).body.items as NotificationDto[])[0]!;

    const edited = await author.socket
      .timeout(ACK_MS)
      .emitWithAck('message:edit', { messageId: message.id, body: `@${mentioned.name} a better wording` });
    expect(edited.ok).toBe(true);
    expect((await centre()).excerpt).toContain('a better wording');
    expect((await centre()).excerpt).not.toContain('first');

    const deleted = await author.socket
      .timeout(ACK_MS)
      .emitWithAck('message:delete', { messageId: message.id });
    expect(deleted.ok).toBe(true);
    expect(await centre()).toMatchObject({ kind: 'mention', excerpt: null });
    expect((await stored(mentioned.id))[0]!.excerpt).toBeNull();
  });
});

describe('GET/POST /api/notifications', () => {
  it('refuses anonymous callers and bad input', async () => {
    const anon = ctx.agent();
    await anon.get('/api/notifications').expect(401);
    await anon.post('/api/notifications/read').send({ all: true }).expect(401);
    const p = await person('observer');
    await p.agent.get('/api/notifications?limit=0').expect(400);
    await p.agent.get('/api/notifications?unread=maybe').expect(400);
    await p.agent.post('/api/notifications/read').send({}).expect(400);
    await p.agent
      .post('/api/notifications/read')
      .send({ all: true, ids: [p.id] })
      .expect(400);
    await p.agent
      .post('/api/notifications/read')
      .send({ ids: ['x'] })
      .expect(400);
    await p.agent.post('/api/notifications/read').send({ all: true, $where: '1' }).expect(400);
  });

  it('lists only your own, pages, filters unread and marks read', async () => {
    const author = await person();
    const reader = await person('observer');
    const other = await person();
    const thread = await newThread(author.agent);
    for (let i = 0; i < 3; i++) {
      await post(author.socket, thread.id, `@${reader.name} @${other.name} point ${i}`, {
        mentions: [reader.id, other.id],
      });
    }
    await waitUntil('three mentions each', () => reader.live.length === 3 && other.live.length === 3);
    const page1 = await reader.agent.get('/api/notifications?limit=2').expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.unreadCount).toBe(3);
    const page2 = await reader.agent
      .get(`/api/notifications?limit=2&cursor=${page1.body.nextCursor}`)
      .expect(200);
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.nextCursor).toBeNull();
    const all = [...page1.body.items, ...page2.body.items].map((x: NotificationDto) => x.id);
    expect(new Set(all)).toEqual(new Set(reader.live.map((x) => x.id)));

    // Someone else's ids are ignored: the other member's notifications stay unread.
    const mark = await reader.agent
      .post('/api/notifications/read')
      .send({ ids: [all[0], other.live[0]!.id] })
      .expect(200);
    expect(mark.body.unreadCount).toBe(2);
    expect((await other.agent.get('/api/notifications').expect(200)).body.unreadCount).toBe(3);
    const unread = await reader.agent.get('/api/notifications?unread=true').expect(200);
    expect(unread.body.items.map((x: NotificationDto) => x.id)).not.toContain(all[0]);
    expect(unread.body.items).toHaveLength(2);
    expect((await reader.agent.post('/api/notifications/read').send({ all: true }).expect(200)).body).toEqual(
      {
        unreadCount: 0,
      },
    );
    const after = await reader.agent.get('/api/notifications').expect(200);
    expect(after.body.items.every((x: NotificationDto) => x.readAt !== null)).toBe(true);
  });
});

describe('GET /api/threads/:id/mentionable', () => {
  it('offers only people who may read the thread, and checks who asks', async () => {
    const host = await person('host');
    const member = await person();
    const observer = await person('observer');
    const membersThread = await newThread(member.agent);
    const hostsThread = await newThread(host.agent, 'hosts');

    await ctx.agent().get(`/api/threads/${membersThread.id}/mentionable`).expect(401);
    await observer.agent.get(`/api/threads/${membersThread.id}/mentionable`).expect(403);
    await member.agent.get(`/api/threads/${hostsThread.id}/mentionable`).expect(404);
    await member.agent.get(`/api/threads/${membersThread.id}/mentionable?q=${'x'.repeat(61)}`).expect(400);
    await member.agent.get(`/api/threads/${membersThread.id}/mentionable?limit=50`).expect(400);

    const byPrefix = await member.agent
      .get(
        `/api/threads/${membersThread.id}/mentionable?q=${encodeURIComponent(observer.name.split(' ')[1]!)}`,
      )
      .expect(200);
    expect(byPrefix.body.items.map((u: { id: string }) => u.id)).toEqual([observer.id]);
    const hostsOnly = await host.agent.get(`/api/threads/${hostsThread.id}/mentionable?limit=20`).expect(200);
    const ids = hostsOnly.body.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(host.id);
    expect(ids).not.toContain(member.id);
    expect(ids).not.toContain(observer.id);
    // Regex characters are matched literally, not as a pattern.
    await member.agent.get(`/api/threads/${membersThread.id}/mentionable?q=.*`).expect(200, { items: [] });
  });
});
