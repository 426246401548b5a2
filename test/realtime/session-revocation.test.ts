/**
 * A socket belongs to the session it was opened with: signing out, a password change (for the other
 * sessions) and a host ending the sessions cut it at once, and a socket whose session is stale is
 * refused on every event even when the broadcast that should have cut it never arrived.
 */
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createUser, signIn } from '../factories';
import { User, type UserRecord } from '../../server/models/User';
import { ACK_MS, waitUntil } from '../helpers/patience';

let ctx: TestContext;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  ctx = await startTestServer({ MESSAGE_RATE: '1000/10' });
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => ctx.close());

const cid = () => randomBytes(8).toString('hex');
const ENDED = 'unauthenticated';

/** One signed-in browser of the user: its agent (cookie jar), cookie and socket. */
async function session(user: UserRecord & { password: string }) {
  const agent = ctx.agent();
  const res = await signIn(agent, user);
  const cookie = sessionCookie(res.headers['set-cookie']);
  const socket = await socketFor(cookie);
  return { agent, cookie, socket };
}

/** What happened to each socket since it was opened: its disconnect reason, and `session:ended`. */
const seen = new WeakMap<TestSocket, { reason: string | null; ended: boolean }>();
function track(socket: TestSocket) {
  const w = { reason: null as string | null, ended: false };
  socket.once('disconnect', (reason) => (w.reason = reason));
  socket.once('session:ended', () => (w.ended = true));
  seen.set(socket, w);
  sockets.push(socket);
  return socket;
}
const openSocketTracked = (cookie: string) => track(openSocket(ctx.url, cookie));

async function socketFor(cookie: string) {
  const socket = openSocketTracked(cookie);
  await connected(socket);
  return socket;
}

/** The disconnect reason, once the socket is disconnected. */
function disconnection(socket: TestSocket): Promise<string> {
  const w = seen.get(socket)!;
  return waitUntil('the socket to be disconnected', () => w.reason ?? undefined);
}

/** Whether the socket was told `session:ended`. */
const sessionEnded = (socket: TestSocket) => seen.get(socket)!.ended;

async function newThread(agent: request.Agent) {
  return (await agent.post('/api/threads').send({ title: 'Revocation thread' }).expect(201)).body as {
    id: string;
  };
}

const send = (s: TestSocket, threadId: string, body: string) =>
  s.timeout(ACK_MS).emitWithAck('message:send', { threadId, clientId: cid(), body });
const ping = (s: TestSocket) => s.timeout(ACK_MS).emitWithAck('ping', {});

describe('signing out', () => {
  it('cuts that session’s sockets at once; they can no longer send or resync', async () => {
    const user = await createUser();
    const here = await session(user);
    const thread = await newThread(here.agent);
    expect(
      await here.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id }),
    ).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < 3; i++)
      expect(await send(here.socket, thread.id, `before ${i}`)).toMatchObject({ ok: true });
    // A second socket (another tab) of the same session.
    const tab = await socketFor(here.cookie);

    await here.agent.post('/api/auth/logout').expect(204);
    expect(await disconnection(here.socket)).toBe('io server disconnect');
    expect(await disconnection(tab)).toBe('io server disconnect');
    expect(sessionEnded(here.socket)).toBe(true);
    // The signed-out cookie opens no new socket either.
    await expect(connected(openSocketTracked(here.cookie))).rejects.toThrow('unauthenticated');
  });

  it('leaves the user’s other sessions and their sockets alone', async () => {
    const user = await createUser();
    const here = await session(user);
    const there = await session(user);
    await here.agent.post('/api/auth/logout').expect(204);
    await disconnection(here.socket);
    expect(there.socket.connected).toBe(true);
    expect(await ping(there.socket)).toEqual({ ok: true, userId: String(user._id) });
    await there.agent.get('/api/auth/me').expect(200);
  });
});

describe('changing one’s password', () => {
  it('cuts every other session’s sockets at once (a stolen session stops sending) and keeps the changer’s', async () => {
    const user = await createUser();
    const here = await session(user);
    const stolen = await session(user);
    const thread = await newThread(here.agent);
    await stolen.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id });
    expect(await send(stolen.socket, thread.id, 'the thief writes')).toMatchObject({ ok: true });

    const changed = await here.agent
      .post('/api/auth/password')
      .send({ currentPassword: user.password, newPassword: 'a brand new passphrase' })
      .expect(200);
    expect(await disconnection(stolen.socket)).toBe('io server disconnect');
    expect(sessionEnded(stolen.socket)).toBe(true);
    await stolen.agent.get('/api/auth/me').expect(401);
    await expect(connected(openSocketTracked(stolen.cookie))).rejects.toThrow('unauthenticated');

    // The changer's session goes on over HTTP, and its open socket keeps working (it moved to the
    // session's new id); a new socket with the new cookie connects too.
    await here.agent.get('/api/auth/me').expect(200);
    expect(here.socket.connected).toBe(true);
    expect(sessionEnded(here.socket)).toBe(false);
    expect(await ping(here.socket)).toEqual({ ok: true, userId: String(user._id) });
    expect(await send(here.socket, thread.id, 'the owner writes')).toMatchObject({ ok: true });
    const renewed = sessionCookie(changed.headers['set-cookie']);
    await socketFor(renewed);

    // …and it still belongs to that session: signing out now cuts it.
    await here.agent.post('/api/auth/logout').expect(204);
    expect(await disconnection(here.socket)).toBe('io server disconnect');
  });
});

describe('a host ending the sessions', () => {
  it('suspension cuts every socket of every session of the user', async () => {
    const host = await session(await createUser({ role: 'host' }));
    const user = await createUser();
    const one = await session(user);
    const two = await session(user);
    await host.agent.patch(`/api/users/${user._id}`).send({ status: 'suspended' }).expect(200);
    expect(await disconnection(one.socket)).toBe('io server disconnect');
    expect(await disconnection(two.socket)).toBe('io server disconnect');
    expect([sessionEnded(one.socket), sessionEnded(two.socket)]).toEqual([true, true]);
    expect(host.socket.connected).toBe(true);
  });
});

describe('a socket whose session is stale, when the broadcast that should have cut it was missed', () => {
  it('is refused on its next event after the session version moved on (e.g. a password change elsewhere)', async () => {
    const user = await createUser();
    const here = await session(user);
    const thread = await newThread(here.agent);
    await here.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id });
    for (let i = 0; i < 29; i++) await send(here.socket, thread.id, `message ${i}`);
    // What another instance does without telling this one.
    await User.updateOne({ _id: user._id }, { $inc: { sessionVersion: 1 } });

    expect(await send(here.socket, thread.id, 'after the change')).toMatchObject({ ok: false, error: ENDED });
    expect(await disconnection(here.socket)).toBe('io server disconnect');
    const stored = await mongoose.connection
      .collection('messages')
      .countDocuments({ threadId: new mongoose.Types.ObjectId(thread.id), body: 'after the change' });
    expect(stored).toBe(0);
  });

  it('refuses every kind of event, resync and typing included', async () => {
    const user = await createUser();
    const thread = await newThread((await session(user)).agent);
    for (const event of ['thread:resync', 'typing', 'ping'] as const) {
      const { socket } = await session(user);
      await socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id });
      await User.updateOne({ _id: user._id }, { $inc: { sessionVersion: 1 } });
      const ack =
        event === 'thread:resync'
          ? await socket.timeout(ACK_MS).emitWithAck(event, { threadId: thread.id, afterSeq: 0 })
          : event === 'typing'
            ? await socket.timeout(ACK_MS).emitWithAck(event, { threadId: thread.id })
            : await ping(socket);
      expect([event, ack]).toEqual([event, expect.objectContaining({ ok: false, error: ENDED })]);
      await disconnection(socket);
    }
  });

  it('is refused once its session was signed out elsewhere (the session is gone from the store)', async () => {
    const user = await createUser();
    const here = await session(user);
    expect(await ping(here.socket)).toMatchObject({ ok: true });
    const signed = decodeURIComponent(here.cookie.slice('cw.sid='.length)).replace(/^s:/, '');
    const sid = signed.slice(0, signed.lastIndexOf('.'));
    // Another instance signed this session out; this one's copy of it lasts two seconds at most.
    expect(
      (await mongoose.connection.collection('sessions').deleteOne({ _id: sid as never })).deletedCount,
    ).toBe(1);
    const ack = await waitUntil('a ping to be refused', async () => {
      const answer = await ping(here.socket);
      return !answer.ok && answer;
    });
    expect(ack).toMatchObject({ ok: false, error: ENDED });
    await disconnection(here.socket);
  });

  it('is refused once the account was suspended elsewhere', async () => {
    const user = await createUser();
    const here = await session(user);
    const thread = await newThread(here.agent);
    await here.socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id });
    await User.updateOne({ _id: user._id }, { $set: { status: 'suspended' } });
    expect(await here.socket.timeout(ACK_MS).emitWithAck('typing', { threadId: thread.id })).toMatchObject({
      ok: false,
      error: ENDED,
    });
    await disconnection(here.socket);
  });
});
