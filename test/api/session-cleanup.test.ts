/**
 * Expired sessions are removed by an acknowledged delete (never connect-mongo's `w: 0` one, whose
 * stray reply FerretDB sends anyway), and afterwards every query on the pool gets its own reply.
 */
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import {
  SESSIONS_COLLECTION,
  removeExpiredSessions,
  startSessionCleanup,
} from '../../server/features/accounts/sessionCleanup';
import { createLogger } from '../../server/logger';
import { quiet, waitUntil } from '../helpers/patience';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer();
});
afterAll(() => ctx.close());

const sessions = () => mongoose.connection.collection<{ _id: string; expires: Date }>(SESSIONS_COLLECTION);
const HOUR = 3600_000;

async function storeSessions(count: number, expiresIn: number, prefix: string) {
  const docs = Array.from({ length: count }, (_, i) => ({
    _id: `${prefix}-${i}-${randomBytes(6).toString('hex')}`,
    expires: new Date(Date.now() + expiresIn * (1 + (i % 7))),
    session: { cookie: { originalMaxAge: null }, passport: { user: { id: 'nobody', v: 0 } } },
  }));
  await sessions().insertMany(docs);
  return docs.map((d) => d._id);
}

describe('expired sessions', () => {
  it('are removed by the clean-up; live ones, and real signed-in sessions, are kept', async () => {
    const agents = await Promise.all(
      [1, 2, 3].map(async () => {
        const agent = ctx.agent();
        await signIn(agent, await createUser());
        return agent;
      }),
    );
    const expired = await storeSessions(150, -HOUR, 'expired');
    const live = await storeSessions(150, HOUR, 'live');
    const before = await sessions().countDocuments();

    expect(await removeExpiredSessions()).toBe(expired.length);

    expect(await sessions().countDocuments({ _id: { $in: expired } })).toBe(0);
    expect(await sessions().countDocuments({ _id: { $in: live } })).toBe(live.length);
    expect(await sessions().countDocuments()).toBe(before - expired.length);
    for (const agent of agents) await agent.get('/api/auth/me').expect(200);
    expect(await removeExpiredSessions()).toBe(0);
  });

  it('the interval job runs by itself and stops when told', async () => {
    const expired = await storeSessions(5, -HOUR, 'job');
    const job = startSessionCleanup(createLogger('silent'), 50);
    try {
      await waitUntil(
        'the job to remove the expired sessions',
        async () => (await sessions().countDocuments({ _id: { $in: expired } })) === 0,
      );
    } finally {
      job.stop();
    }
    const later = await storeSessions(3, -HOUR, 'after-stop');
    await quiet(); // six of its 50 ms periods: a job still running would have removed them
    expect(await sessions().countDocuments({ _id: { $in: later } })).toBe(later.length);
    await removeExpiredSessions();
  });

  it('after clean-ups, 500 distinct parallel queries on the pool each get their own reply', async () => {
    const probes = mongoose.connection.collection<{ _id: number; n: number; tag: string }>('replyprobes');
    const N = 100;
    await probes.insertMany(Array.from({ length: N }, (_, i) => ({ _id: i, n: i, tag: `probe-${i}` })));
    await storeSessions(20, -HOUR, 'before-probe');
    await removeExpiredSessions();
    // Half look one document up by id, half count a distinct range: a reply read by the wrong
    // command (a stray reply shifts every later one on its connection) cannot pass for the right one.
    const query = async (i: number) => {
      if (i % 2 === 0) {
        const id = (i * 7) % N;
        const doc = await probes.findOne({ _id: id });
        return doc?.tag === `probe-${id}`;
      }
      const below = (i * 13) % N;
      return (await probes.countDocuments({ n: { $lt: below } })) === below;
    };
    const wrong: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const ids = Array.from({ length: 50 }, (_, k) => batch * 50 + k);
      const results = await Promise.all(ids.map(query));
      results.forEach((ok, k) => ok || wrong.push(ids[k]!));
      await removeExpiredSessions(); // interleaved with the queries, on the same pool
    }
    expect(wrong).toEqual([]);
  });
});
