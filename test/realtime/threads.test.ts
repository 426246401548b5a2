import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createUser, signIn } from '../factories';
import type { MessageDto } from '../../shared/schemas/thread';
import { Message } from '../../server/models/Message';
import { threadRoom } from '../../shared/realtime';
import { ACK_MS, waitUntil } from '../helpers/patience';

let ctx: TestContext;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  ctx = await startTestServer({ MESSAGE_RATE: '5/10' });
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => ctx.close());

const cid = () => randomBytes(8).toString('hex');

async function person(role: 'member' | 'observer' | 'host' = 'member') {
  const user = await createUser({ role });
  const agent = ctx.agent();
  const res = await signIn(agent, user);
  const socket = openSocket(ctx.url, sessionCookie(res.headers['set-cookie']));
  sockets.push(socket);
  await connected(socket);
  return { user, agent, socket };
}

async function newThread(agent: request.Agent, visibility = 'members') {
  return (
    await agent.post('/api/threads').send({ title: 'Indicator CSAM-01 discussion', visibility }).expect(201)
  ).body as { id: string };
}

const send = (s: TestSocket, threadId: string, body: string, clientId = cid()) =>
  s.timeout(ACK_MS).emitWithAck('message:send', { threadId, clientId, body });

function collect(s: TestSocket, event: 'message:new' | 'message:updated' | 'message:deleted') {
  const got: MessageDto[] = [];
  s.on(event, (m: MessageDto) => got.push(m));
  return got;
}

describe('live threads', () => {
  it('two members exchange messages and both see the same order', async () => {
    const a = await person();
    const b = await person();
    const thread = await newThread(a.agent);
    expect(await a.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id })).toMatchObject({
      ok: true,
      lastSeq: 0,
    });
    expect(await b.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id })).toMatchObject({
      ok: true,
    });
    const seenA = collect(a.socket, 'message:new');
    const seenB = collect(b.socket, 'message:new');
    await Promise.all([
      send(a.socket, thread.id, 'A1'),
      send(b.socket, thread.id, 'B1'),
      send(a.socket, thread.id, 'A2'),
      send(b.socket, thread.id, 'B2'),
    ]);
    await waitUntil('the four messages on both sockets', () => seenA.length === 4 && seenB.length === 4);
    const order = (xs: MessageDto[]) => [...xs].sort((x, y) => x.seq - y.seq).map((m) => m.body);
    expect(order(seenA)).toEqual(order(seenB));
    expect(seenA.map((m) => m.seq).sort()).toEqual([1, 2, 3, 4]);
    const history = await a.agent.get(`/api/threads/${thread.id}/messages`).expect(200);
    expect(history.body.items.map((m: MessageDto) => m.body)).toEqual(order(seenA));
  });

  it('refuses an observer’s post, a member joining a hosts-only thread, and posts to a locked thread', async () => {
    const host = await person('host');
    const member = await person('member');
    const observer = await person('observer');
    const open = await newThread(host.agent);
    expect(await send(observer.socket, open.id, 'hello')).toMatchObject({ ok: false, error: 'forbidden' });
    const secret = await newThread(host.agent, 'hosts');
    expect(
      await member.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: secret.id }),
    ).toMatchObject({ ok: false, error: 'not_found' });
    await host.agent.patch(`/api/threads/${open.id}`).send({ locked: true }).expect(200);
    expect(await send(member.socket, open.id, 'too late')).toMatchObject({
      ok: false,
      error: 'thread_locked',
    });
    await member.agent
      .post(`/api/threads/${open.id}/messages`)
      .send({ clientId: cid(), body: 'too late' })
      .expect(409);
    await member.agent.patch(`/api/threads/${open.id}`).send({ locked: false }).expect(403);
  });

  it('gives a resend whose first acknowledgement was lost its stored message back, even after a lock', async () => {
    const host = await person('host');
    const member = await person('member');
    const thread = await newThread(host.agent);
    const clientId = cid();
    const first = await send(member.socket, thread.id, 'sent before the lock', clientId);
    expect(first).toMatchObject({ ok: true });
    await host.agent.patch(`/api/threads/${thread.id}`).send({ locked: true }).expect(200);
    expect(await send(member.socket, thread.id, 'sent before the lock', clientId)).toEqual(first);
    expect(await send(member.socket, thread.id, 'a new one', cid())).toMatchObject({
      ok: false,
      error: 'thread_locked',
    });
  });

  it('stores one message for a clientId sent twice', async () => {
    const a = await person();
    const thread = await newThread(a.agent);
    const clientId = cid();
    const [first, second] = await Promise.all([
      send(a.socket, thread.id, 'once', clientId),
      send(a.socket, thread.id, 'once', clientId),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect((first as { message: MessageDto }).message.id).toBe(
      (second as { message: MessageDto }).message.id,
    );
    const again = await a.agent
      .post(`/api/threads/${thread.id}/messages`)
      .send({ clientId, body: 'once' })
      .expect(200);
    expect(again.body.id).toBe((first as { message: MessageDto }).message.id);
    expect(await Message.countDocuments({ threadId: thread.id })).toBe(1);
  });

  it('a client that was away receives exactly the missed messages through catch-up', async () => {
    const a = await person();
    const b = await person();
    const thread = await newThread(a.agent);
    await b.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id });
    await send(a.socket, thread.id, 'before');
    const lastSeen = 1;
    b.socket.disconnect();
    for (const body of ['m2', 'm3', 'm4']) await send(a.socket, thread.id, body);
    const back = await person();
    // The same user would reconnect; a fresh socket of another member shows catch-up needs no prior state.
    const res = await back.socket
      .timeout(ACK_MS)
      .emitWithAck('thread:resync', { threadId: thread.id, afterSeq: lastSeen });
    expect(res).toMatchObject({ ok: true });
    expect((res as { messages: MessageDto[] }).messages.map((m) => [m.seq, m.body])).toEqual([
      [2, 'm2'],
      [3, 'm3'],
      [4, 'm4'],
    ]);
  });

  it('broadcasts edits and deletes, keeping the edit history', async () => {
    const a = await person();
    const b = await person();
    const host = await person('host');
    const thread = await newThread(a.agent);
    await b.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id });
    const updated = collect(b.socket, 'message:updated');
    const deleted = collect(b.socket, 'message:deleted');
    const sent = (await send(a.socket, thread.id, 'first wording')) as { message: MessageDto };
    expect(
      await b.socket
        .timeout(ACK_MS)
        .emitWithAck('message:edit', { messageId: sent.message.id, body: 'hijack' }),
    ).toMatchObject({ ok: false, error: 'forbidden' });
    expect(
      await a.socket
        .timeout(ACK_MS)
        .emitWithAck('message:edit', { messageId: sent.message.id, body: 'second wording' }),
    ).toMatchObject({ ok: true });
    await waitUntil('the edit broadcast', () => updated.length === 1);
    expect(updated[0]).toMatchObject({ body: 'second wording', editCount: 1 });
    const edits = await a.agent.get(`/api/messages/${sent.message.id}/edits`).expect(200);
    expect(edits.body.items.map((e: { body: string }) => e.body)).toEqual(['first wording']);
    await b.agent.delete(`/api/messages/${sent.message.id}`).expect(403);
    expect(
      await host.socket.timeout(ACK_MS).emitWithAck('message:delete', { messageId: sent.message.id }),
    ).toMatchObject({ ok: true });
    await waitUntil('the deletion broadcast', () => deleted.length === 1);
    expect(deleted[0]).toMatchObject({ deleted: true, body: '' });
  });

  it('keeps unread counts per reader and clears them when read', async () => {
    const a = await person();
    const b = await person();
    const thread = await newThread(a.agent);
    for (const body of ['1', '2', '3']) await send(a.socket, thread.id, body);
    expect((await b.agent.get(`/api/threads/${thread.id}`).expect(200)).body.unread).toBe(3);
    expect(
      (await b.agent.post(`/api/threads/${thread.id}/read`).send({ seq: 2 }).expect(200)).body.unread,
    ).toBe(1);
    expect(
      (await b.agent.post(`/api/threads/${thread.id}/read`).send({ seq: 1 }).expect(200)).body.unread,
    ).toBe(1);
    expect(
      (await b.agent.post(`/api/threads/${thread.id}/read`).send({ seq: 99 }).expect(200)).body.unread,
    ).toBe(0);
  });

  it('refuses a flood with an error acknowledgement and keeps the connection usable', async () => {
    const a = await person();
    const thread = await newThread(a.agent);
    const acks = [];
    for (let i = 0; i < 7; i++) acks.push(await send(a.socket, thread.id, `flood ${i}`));
    expect(acks.filter((x) => x.ok)).toHaveLength(5);
    expect(acks[6]).toMatchObject({ ok: false, error: 'too_many_requests' });
    expect(a.socket.connected).toBe(true);
    expect(await a.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id })).toMatchObject({
      ok: true,
      lastSeq: 5,
    });
  });

  it('shares presence and typing with the others in the thread', async () => {
    const a = await person();
    const b = await person();
    const thread = await newThread(a.agent);
    await a.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id });
    const presence = new Promise<{ users: { id: string }[] }>((resolve) =>
      a.socket.once('presence', resolve),
    );
    const joined = (await b.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id })) as {
      presence: { id: string }[];
    };
    expect(joined.presence.map((u) => u.id).sort()).toEqual([String(a.user._id), String(b.user._id)].sort());
    expect((await presence).users).toHaveLength(2);
    const typing = new Promise<{ user: { id: string } }>((resolve) => a.socket.once('typing', resolve));
    b.socket.emit('typing', { threadId: thread.id });
    expect((await typing).user.id).toBe(String(b.user._id));
  });
});

describe('account changes on an open socket', () => {
  it('applies a demotion and a suspension to the next event at once', async () => {
    const host = await person('host');
    const member = await person('member');
    const thread = await newThread(member.agent);
    expect(await send(member.socket, thread.id, 'before')).toMatchObject({ ok: true });
    await host.agent
      .patch(`/api/users/${String(member.user._id)}`)
      .send({ role: 'observer' })
      .expect(200);
    expect(await send(member.socket, thread.id, 'after demotion')).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    await host.agent
      .patch(`/api/users/${String(member.user._id)}`)
      .send({ role: 'member' })
      .expect(200);
    expect(await send(member.socket, thread.id, 'member again')).toMatchObject({ ok: true });
    const other = await person('member');
    expect(await send(other.socket, thread.id, 'hello')).toMatchObject({ ok: true });
    await host.agent
      .patch(`/api/users/${String(other.user._id)}`)
      .send({ status: 'suspended' })
      .expect(200);
    await waitUntil('the suspended member’s socket to be cut', () => other.socket.disconnected);
  });

  it('takes a demoted host out of the hosts-only threads it had joined, so their messages stop reaching it', async () => {
    const host = await person('host');
    const demoted = await person('host');
    const secret = await newThread(host.agent, 'hosts');
    const open = await newThread(host.agent, 'members');
    for (const t of [secret, open])
      expect(
        await demoted.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: t.id }),
      ).toMatchObject({
        ok: true,
      });
    const heard = collect(demoted.socket, 'message:new');
    await host.agent
      .patch(`/api/users/${String(demoted.user._id)}`)
      .send({ role: 'member' })
      .expect(200);
    // The hosts-only room is left (once the server has checked the thread); the members' one stays joined.
    const rooms = ctx.server.io.sockets.adapter.rooms;
    await waitUntil(
      'the demoted host’s socket to leave the hosts-only room',
      () => !rooms.get(threadRoom(secret.id))?.has(demoted.socket.id!),
    );
    expect(rooms.get(threadRoom(open.id))?.has(demoted.socket.id!)).toBe(true);
    expect(await send(host.socket, secret.id, 'hosts only')).toMatchObject({ ok: true });
    expect(await send(host.socket, open.id, 'for members')).toMatchObject({ ok: true });
    // Both broadcasts leave in order on the same connection: once the second is here, the first would be too.
    await waitUntil('the members’ message', () => heard.length >= 1);
    expect(heard.map((m) => m.body)).toEqual(['for members']);
  });
});

describe('numbering under load', () => {
  it('gives 30 concurrent messages the numbers 1..30 exactly once', async () => {
    const people = await Promise.all([person(), person(), person()]);
    const thread = await newThread(people[0]!.agent);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        people[i % 3]!.agent.post(`/api/threads/${thread.id}/messages`).send({
          clientId: cid(),
          body: `n${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 429)).toHaveLength(15); // 5 per user per window; the rest are refused
    const stored = await Message.find({ threadId: thread.id }).sort({ seq: 1 }).lean();
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
    expect((await people[0]!.agent.get(`/api/threads/${thread.id}`).expect(200)).body.lastSeq).toBe(
      stored.length,
    );
  });
});
