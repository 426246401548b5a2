/**
 * The sign-in lock-out tells nobody which emails have accounts: an unknown email goes through the
 * same rounds and slots as a known one (keyed by a keyed hash of the email, with no account), so its
 * answers — status, body, Retry-After, order of magnitude of the time taken — are those of a known
 * account's. Wrong current passwords on a password change count in the account's round too.
 */
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { AuditEvent } from '../../server/models/AuditEvent';
import { User } from '../../server/models/User';

const MAX_FAILURES = 3;
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer({ LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => ctx.close());

const unknownEmail = () => `nobody-${randomBytes(4).toString('hex')}@example.test`;

interface Answer {
  status: number;
  body: unknown;
  retryAfter: number | null;
  ms: number;
}
async function attempt(email: string, password: string): Promise<Answer> {
  const started = performance.now();
  const res = await ctx.agent().post('/api/auth/login').send({ email, password });
  const retry = res.headers['retry-after'] as string | undefined;
  return {
    status: res.status,
    body: res.body,
    retryAfter: retry === undefined ? null : Number(retry),
    ms: performance.now() - started,
  };
}
const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('an unknown email', () => {
  it('answers exactly like a known account, attempt by attempt: 401 × LOGIN_MAX_FAILURES, then 429', async () => {
    const known = await createUser();
    const unknown = unknownEmail();
    const knownAnswers: Answer[] = [];
    const unknownAnswers: Answer[] = [];
    for (let i = 0; i < MAX_FAILURES + 2; i++) {
      knownAnswers.push(await attempt(known.email, `wrong-password-${i}`));
      unknownAnswers.push(await attempt(unknown, `wrong-password-${i}`));
    }
    const statuses = [...Array(MAX_FAILURES).fill(401), 429, 429];
    expect(knownAnswers.map((a) => a.status)).toEqual(statuses);
    expect(unknownAnswers.map((a) => a.status)).toEqual(statuses);
    expect(unknownAnswers.map((a) => a.body)).toEqual(knownAnswers.map((a) => a.body));
    expect(unknownAnswers[MAX_FAILURES]!.body).toEqual({
      error: 'too_many_requests',
      message: 'Too many failed sign-in attempts. Try again later.',
    });
    for (let i = 0; i < statuses.length; i++) {
      const [k, u] = [knownAnswers[i]!.retryAfter, unknownAnswers[i]!.retryAfter];
      if (k === null) expect(u).toBeNull();
      else expect(Math.abs(k - u!)).toBeLessThanOrEqual(5);
    }
    expect(unknownAnswers[MAX_FAILURES]!.retryAfter).toBeGreaterThan(14 * 60);
    // Even "the right password" (any password) is not checked any more, as for a known account.
    expect((await attempt(known.email, known.password)).status).toBe(429);
    expect((await attempt(unknown, known.password)).status).toBe(429);
  });

  it('counts the email in any case and with spaces as the same one', async () => {
    const unknown = unknownEmail();
    const spellings = [unknown, unknown.toUpperCase(), ` ${unknown} `, unknown, unknown];
    const statuses: number[] = [];
    for (const s of spellings) statuses.push((await attempt(s, 'wrong-password')).status);
    expect(statuses).toEqual([...Array(MAX_FAILURES).fill(401), 429, 429]);
  });

  it('holds under 40 parallel guesses, like a known account: LOGIN_MAX_FAILURES answered 401, the rest 429', async () => {
    const known = await createUser();
    const unknown = unknownEmail();
    const [k, u] = await Promise.all(
      [known.email, unknown].map((email) =>
        Promise.all(Array.from({ length: 40 }, (_, i) => attempt(email, `wrong-${i}`).then((a) => a.status))),
      ),
    );
    expect(tally(k!)).toEqual({ 401: MAX_FAILURES, 429: 40 - MAX_FAILURES });
    expect(tally(u!)).toEqual(tally(k!));
  });

  it('takes the same order of magnitude of time as a known account, before and after the lock-out', async () => {
    // Interleaved pairs, so the machine's load weighs on both sides alike.
    const fresh: [number[], number[]] = [[], []];
    const locked: [number[], number[]] = [[], []];
    const knownLocked = await createUser();
    const unknownLocked = unknownEmail();
    for (let i = 0; i < MAX_FAILURES; i++) {
      await attempt(knownLocked.email, `wrong-${i}`);
      await attempt(unknownLocked, `wrong-${i}`);
    }
    for (let i = 0; i < 7; i++) {
      const known = await createUser();
      const a = await attempt(known.email, 'wrong-password');
      const b = await attempt(unknownEmail(), 'wrong-password');
      const c = await attempt(knownLocked.email, 'wrong-password');
      const d = await attempt(unknownLocked, 'wrong-password');
      expect([a.status, b.status, c.status, d.status]).toEqual([401, 401, 429, 429]);
      fresh[0].push(a.ms);
      fresh[1].push(b.ms);
      locked[0].push(c.ms);
      locked[1].push(d.ms);
    }
    const ratio = ([k, u]: [number[], number[]]) => median(u) / median(k);
    expect(ratio(fresh)).toBeGreaterThan(1 / 5);
    expect(ratio(fresh)).toBeLessThan(5);
    expect(ratio(locked)).toBeGreaterThan(1 / 5);
    expect(ratio(locked)).toBeLessThan(5);
  });

  it('gets a new round once the lock-out is over, as a known account does', async () => {
    const unknown = unknownEmail();
    for (let i = 0; i < MAX_FAILURES; i++) expect((await attempt(unknown, `wrong-${i}`)).status).toBe(401);
    expect((await attempt(unknown, 'wrong')).status).toBe(429);
    // Fifteen minutes later: every lock-out recorded here, and the slots that started them, are over.
    const past = new Date(Date.now() - 16 * 60_000);
    await mongoose.connection.collection('loginchecks').updateMany({}, { $set: { at: past } });
    await mongoose.connection
      .collection('unknownlogins')
      .updateMany({ lockedUntil: { $gt: past } }, { $set: { lockedUntil: new Date(Date.now() - 60_000) } });
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES + 1; i++) statuses.push((await attempt(unknown, `later-${i}`)).status);
    expect(statuses).toEqual([...Array(MAX_FAILURES).fill(401), 429]);
  });

  it('is audited with the email, like before, and its lock-out too', async () => {
    const unknown = unknownEmail();
    for (let i = 0; i < MAX_FAILURES + 1; i++) await attempt(unknown, `wrong-${i}`);
    const events = await AuditEvent.find({ 'details.email': unknown }).lean();
    const failed = events.filter((e) => e.action === 'login.failed');
    expect(failed.map((e) => e.details.failures).filter((n) => n !== undefined)).toEqual([1, 2, 3]);
    expect(failed.filter((e) => e.details.reason === 'locked')).toHaveLength(1);
    expect(events.filter((e) => e.action === 'login.locked')).toHaveLength(1);
  });
});

describe('wrong current passwords on a password change', () => {
  const change = (agent: request.Agent, currentPassword: string) =>
    agent.post('/api/auth/password').send({ currentPassword, newPassword: 'a brand new passphrase' });

  it('lock the account after LOGIN_MAX_FAILURES: then even the right one gets 429 until the lock ends', async () => {
    const user = await createUser();
    const agent = ctx.agent();
    await signIn(agent, user);
    for (let i = 0; i < MAX_FAILURES; i++) expect((await change(agent, `wrong-${i}`)).status).toBe(403);
    const locked = await change(agent, user.password);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toBe('too_many_requests');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    // The same lock-out as for signing in: the account is locked.
    expect((await attempt(user.email, user.password)).status).toBe(429);
    // The session itself goes on.
    await agent.get('/api/auth/me').expect(200);
    expect(await AuditEvent.countDocuments({ action: 'login.locked', targetId: String(user._id) })).toBe(1);

    await User.updateOne({ _id: user._id }, { $set: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await change(agent, user.password)).status).toBe(200);
  });

  it('share one budget with wrong sign-ins', async () => {
    const user = await createUser();
    const agent = ctx.agent();
    await signIn(agent, user);
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      expect((await attempt(user.email, `wrong-${i}`)).status).toBe(401);
    // Signing in above ended the round; these failures started a new one, which this change fills.
    expect((await change(agent, 'wrong-current')).status).toBe(403);
    expect((await change(agent, user.password)).status).toBe(429);
  });

  it('hold under 40 parallel guesses: exactly LOGIN_MAX_FAILURES are checked', async () => {
    const user = await createUser();
    const agent = ctx.agent();
    await signIn(agent, user);
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => change(agent, `wrong-${i}`).then((r) => r.status)),
    );
    expect(tally(statuses)).toEqual({ 403: MAX_FAILURES, 429: 40 - MAX_FAILURES });
  });
});
