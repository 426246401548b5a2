/**
 * Counters that must be exact under parallel requests, on an engine (FerretDB v1) whose `$inc` and
 * conditional updates are not atomic: the sign-in lock-out and message numbers.
 */
import { randomBytes } from 'node:crypto';
import mongoose, { Types } from 'mongoose';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createUser, signIn } from '../factories';
import { AuditEvent } from '../../server/models/AuditEvent';
import { Message } from '../../server/models/Message';
import { User, type UserRecord } from '../../server/models/User';
import { ACK_MS } from '../helpers/patience';

const MAX_FAILURES = 5;
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer({
    LOGIN_MAX_FAILURES: String(MAX_FAILURES),
    LOGIN_LOCK_MINUTES: '15',
    MESSAGE_RATE: '1000/10',
  });
});
afterAll(() => ctx.close());

const attempt = (email: string, password: string) =>
  ctx
    .agent()
    .post('/api/auth/login')
    .send({ email, password })
    .then((r) => r.status);
const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});
const auditOf = async (user: { _id: Types.ObjectId }) => {
  const events = await AuditEvent.find({ targetId: String(user._id) }).lean();
  const failed = events.filter((e) => e.action === 'login.failed');
  return {
    failures: failed
      .map((e) => e.details.failures)
      .filter((n) => n !== undefined)
      .sort(),
    lockedAnswers: failed.filter((e) => e.details.reason === 'locked').length,
    lockOuts: events.filter((e) => e.action === 'login.locked').map((e) => e.details.failures),
  };
};

describe('per-account sign-in lock-out under 40 parallel wrong passwords', () => {
  it('checks exactly LOGIN_MAX_FAILURES passwords, answers "locked" to the rest, and audits the right numbers', async () => {
    const user = await createUser();
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(user.email, `wrong-password-${i}`)),
    );
    expect(tally(statuses)).toEqual({ 401: MAX_FAILURES, 429: 40 - MAX_FAILURES });
    expect(await auditOf(user)).toEqual({
      failures: [1, 2, 3, 4, 5],
      lockedAnswers: 40 - MAX_FAILURES,
      lockOuts: [MAX_FAILURES],
    });
    const stored = await User.findById(user._id).lean<UserRecord>();
    expect(stored!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    // Locked means locked: the right password is not even checked.
    expect(await attempt(user.email, user.password)).toBe(429);
  });

  it('stays exact when another process has already checked passwords in this round', async () => {
    const user = await createUser();
    // What another instance leaves while it checks two passwords: the round's first two slots.
    const round = `${String(user._id)}:${user.sessionVersion}:0`;
    await mongoose.connection
      .collection<{ _id: string }>('loginchecks')
      .insertMany([1, 2].map((n) => ({ _id: `${round}:${n}`, userId: user._id, at: new Date(), ip: null })));
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(user.email, `wrong-password-${i}`)),
    );
    expect(tally(statuses)).toEqual({ 401: MAX_FAILURES - 2, 429: 40 - (MAX_FAILURES - 2) });
    expect((await auditOf(user)).failures).toEqual([3, 4, 5]);
  });

  it('a sign-in ends the round: the count starts again, and a new lock-out needs LOGIN_MAX_FAILURES more', async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      expect(await attempt(user.email, `wrong-${i}-password`)).toBe(401);
    expect(await attempt(user.email, user.password)).toBe(200);
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(user.email, `wrong-again-${i}`)),
    );
    expect(tally(statuses)).toEqual({ 401: MAX_FAILURES, 429: 40 - MAX_FAILURES });
    expect((await auditOf(user)).lockOuts).toEqual([MAX_FAILURES]);
  });

  it('when the lock-out is over, the next round allows LOGIN_MAX_FAILURES checks again', async () => {
    const user = await createUser();
    await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(user.email, `wrong-${i}-password`)));
    await User.updateOne({ _id: user._id }, { $set: { lockedUntil: new Date(Date.now() - 1000) } });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(user.email, `wrong-later-${i}`)),
    );
    expect(tally(statuses)).toEqual({ 401: MAX_FAILURES, 429: 40 - MAX_FAILURES });
    expect(await attempt(user.email, user.password)).toBe(429);
  });

  it('a full round whose last checker never recorded the lock-out still locks, and ends in time', async () => {
    const user = await createUser();
    const round = `${String(user._id)}:${user.sessionVersion}:0`;
    const slots = mongoose.connection.collection<{ _id: string }>('loginchecks');
    const fill = (at: Date) =>
      slots.insertMany(
        Array.from({ length: MAX_FAILURES }, (_, i) => ({
          _id: `${round}:${i + 1}`,
          userId: user._id,
          at,
          ip: null,
        })),
      );
    await fill(new Date()); // that instance died before writing lockedUntil
    expect(await attempt(user.email, user.password)).toBe(429);
    await slots.deleteMany({ _id: { $regex: `^${round}:` } });
    await fill(new Date(Date.now() - 16 * 60_000)); // …and that was more than LOGIN_LOCK_MINUTES ago
    expect(await attempt(user.email, user.password)).toBe(200);
  });
});

describe('message numbers under parallel posts', () => {
  const cid = () => randomBytes(8).toString('hex');
  let agent: request.Agent;
  let socket: TestSocket;
  beforeAll(async () => {
    agent = ctx.agent();
    await signIn(agent, await createUser());
    const res = await signIn(ctx.agent(), await createUser());
    socket = openSocket(ctx.url, sessionCookie(res.headers['set-cookie']));
    await connected(socket);
  });
  afterAll(() => socket.disconnect());

  const post = (threadId: string, i: number) =>
    agent
      .post(`/api/threads/${threadId}/messages`)
      .send({ clientId: cid(), body: `HTTP message ${i}` })
      .then((r) => {
        if (r.status !== 201) throw new Error(`post ${i}: ${r.status} ${JSON.stringify(r.body)}`);
        return r.body.seq as number;
      });
  const send = async (threadId: string, i: number) => {
    const ack = await socket
      .timeout(ACK_MS)
      .emitWithAck('message:send', { threadId, clientId: cid(), body: `Socket message ${i}` });
    if (!ack.ok) throw new Error(`send ${i}: ${ack.error} ${ack.message}`);
    return ack.message.seq;
  };
  const storedSeqs = async (threadId: string) =>
    (await Message.find({ threadId }, { seq: 1 }).sort({ seq: 1 }).lean()).map((m) => m.seq);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('40 parallel HTTP posts after 3 earlier ones are numbered 4…43, unique and gap-free', async () => {
    const thread = (await agent.post('/api/threads').send({ title: 'Parallel posts' }).expect(201)).body as {
      id: string;
    };
    for (let i = 0; i < 3; i++) await post(thread.id, i);
    const seqs = await Promise.all(Array.from({ length: 40 }, (_, i) => post(thread.id, i)));
    expect([...seqs].sort((a, b) => a - b)).toEqual(range(4, 43));
    expect(await storedSeqs(thread.id)).toEqual(range(1, 43));
    const joined = await socket.timeout(ACK_MS).emitWithAck('thread:join', { threadId: thread.id });
    expect(joined).toMatchObject({ ok: true, lastSeq: 43 });
  });

  it('40 HTTP posts and 40 socket sends at once, with a number taken meanwhile by another process', async () => {
    const thread = (await agent.post('/api/threads').send({ title: 'Mixed posts' }).expect(201)).body as {
      id: string;
    };
    await post(thread.id, 0);
    // Another instance stores seq 2 and has not moved the thread's counter yet: this process's
    // remembered next number collides, and the unique (threadId, seq) index sends it further on.
    await Message.collection.insertOne({
      threadId: new Types.ObjectId(thread.id),
      seq: 2,
      authorId: new Types.ObjectId(),
      clientId: cid(),
      body: 'from elsewhere',
      replyTo: null,
      mentions: [],
      edits: [],
      editedAt: null,
      deletedAt: null,
      createdAt: new Date(),
    });
    const seqs = await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => post(thread.id, i)),
      ...Array.from({ length: 40 }, (_, i) => send(thread.id, i)),
    ]);
    expect(new Set(seqs).size).toBe(80);
    expect(seqs).not.toContain(2);
    expect(await storedSeqs(thread.id)).toEqual(range(1, 82));
  });
});
