/**
 * One error vocabulary on every engine: a duplicate key (MongoDB's 11000, FerretDB's code 1 "UNIQUE
 * constraint failed" on updates) is a 409 / `conflict` ack, an unreachable database a 503 /
 * `unavailable` ack — checked on hand-made errors, on the real engine's errors, and through HTTP.
 */
import express from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import {
  MongoClient,
  MongoClientClosedError,
  MongoExpiredSessionError,
  MongoNetworkError,
  MongoNetworkTimeoutError,
  MongoNotConnectedError,
  MongoServerError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
  MongoUnexpectedServerResponseError,
} from 'mongodb';
import { ConflictError, isDatabaseUnavailable, isDuplicateKey } from '../../server/errors';
import { errorHandler } from '../../server/middlewares/errorHandler';
import { safeHandler } from '../../server/realtime/safeHandler';
import { createLogger } from '../../server/logger';
import { freePort } from '../../server/db/ferretdb';
import { ReportProposal } from '../../server/models/ReportProposal';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createUser, signIn } from '../factories';

const serverError = (code: number, errmsg: string) => new MongoServerError({ code, errmsg });
const ferretUpdateClash = () =>
  serverError(
    1,
    "[msg_update.go:133 handler.(*Handler).updateDocument] constraint failed: UNIQUE constraint failed: index 'terms_1a2b_termKey_1' (2067)",
  );
const named = (name: string, err: Error) => Object.defineProperty(err, 'name', { value: name });

const duplicates: [string, unknown][] = [
  ['MongoDB 11000', serverError(11000, 'E11000 duplicate key error collection: t.terms')],
  ['MongoDB 11001', serverError(11001, 'E11001 duplicate key on update')],
  ['FerretDB code 1 on update', ferretUpdateClash()],
];
const unavailable: [string, unknown][] = [
  [
    'MongoServerSelectionError',
    new MongoServerSelectionError('Server selection timed out after 5000 ms', {
      type: 'Unknown',
      servers: new Map(),
      stale: false,
      compatible: true,
      heartbeatFrequencyMS: 2000,
      localThresholdMS: 15,
      setName: null,
      maxElectionId: null,
      maxSetVersion: null,
      commonWireVersion: 0,
      logicalSessionTimeoutMinutes: null,
    } as never),
  ],
  ['MongoNetworkError (connection closed)', new MongoNetworkError('connection 3 to 127.0.0.1:27017 closed')],
  ['MongoNetworkTimeoutError', new MongoNetworkTimeoutError('connection timed out')],
  [
    // The driver lets a write after the server hung up through unwrapped (seen when FerretDB was killed).
    'a socket written after the server ended it (EPIPE, not wrapped by the driver)',
    Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE' }),
  ],
  ['a connection reset (ECONNRESET)', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
  [
    'MongoPoolClearedError (a MongoNetworkError)',
    named('MongoPoolClearedError', new MongoNetworkError('Connection pool for 127.0.0.1:27017 was cleared')),
  ],
  [
    'MongoWaitQueueTimeoutError',
    named(
      'MongoWaitQueueTimeoutError',
      new MongoServerError({ errmsg: 'Timed out while checking out a connection from connection pool' }),
    ),
  ],
  [
    'MongoNotConnectedError',
    new MongoNotConnectedError('Client must be connected before running operations'),
  ],
  ['MongoTopologyClosedError', new MongoTopologyClosedError()],
  ['MongoClientClosedError', new MongoClientClosedError()],
  ['MongoExpiredSessionError (client closed under the operation)', new MongoExpiredSessionError()],
  [
    'MongoUnexpectedServerResponseError',
    new MongoUnexpectedServerResponseError('BSON element "cursor" is missing'),
  ],
  ['ShutdownInProgress (91)', serverError(91, 'The server is in quiesce mode and will shut down')],
  ['NotWritablePrimary (10107)', serverError(10107, 'not primary')],
  [
    'mongoose buffering timeout',
    new mongoose.Error('Operation `users.findOne()` buffering timed out after 10000ms'),
  ],
  [
    'MongooseServerSelectionError',
    new mongoose.Error.MongooseServerSelectionError('Could not connect to any servers'),
  ],
];
const neither: [string, unknown][] = [
  ['a plain Error', new Error('boom')],
  ['a plain object with code 11000', { code: 11000, message: 'E11000' }],
  ['FerretDB code 1 for something else', serverError(1, 'InternalError: something else')],
  ['a MongoServerError of another kind', serverError(2, 'BadValue')],
  ['a domain error', new ConflictError('Taken')],
  ['undefined', undefined],
];

describe('the classifier', () => {
  it.each(duplicates)('%s is a duplicate key', (_n, err) => {
    expect(isDuplicateKey(err)).toBe(true);
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
  it.each(unavailable)('%s means the database is unavailable', (_n, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(isDuplicateKey(err)).toBe(false);
  });
  it.each(neither)('%s is neither', (_n, err) => {
    expect(isDuplicateKey(err)).toBe(false);
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('mapping', () => {
  function appThrowing(err: unknown) {
    const app = express();
    app.get('/', () => {
      throw err;
    });
    app.use(errorHandler(createLogger('silent')));
    return app;
  }
  const handler = (err: unknown) =>
    new Promise<unknown>((resolve) => {
      void safeHandler('ping', () => Promise.reject(err), { log: createLogger('silent') })({}, resolve);
    });

  it.each(duplicates)('HTTP: %s → 409 conflict', async (_n, err) => {
    const res = await request(appThrowing(err)).get('/').expect(409);
    expect(res.body).toEqual({ error: 'conflict', message: expect.stringMatching(/already/) });
  });
  it.each(unavailable)('HTTP: %s → 503 unavailable', async (_n, err) => {
    const res = await request(appThrowing(err)).get('/').expect(503);
    expect(res.body.error).toBe('unavailable');
  });
  it.each(duplicates)('socket ack: %s → conflict', async (_n, err) => {
    expect(await handler(err)).toEqual({ ok: false, error: 'conflict', message: expect.any(String) });
  });
  it.each(unavailable)('socket ack: %s → unavailable', async (_n, err) => {
    expect(await handler(err)).toEqual({ ok: false, error: 'unavailable', message: expect.any(String) });
  });
  it('socket ack: anything else stays internal and says nothing more', async () => {
    expect(await handler(new Error('secret'))).toEqual({
      ok: false,
      error: 'internal',
      message: 'Something went wrong on our side',
    });
  });
});

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer();
});
afterAll(() => ctx.close());

describe('the engine’s own errors', () => {
  it('a unique clash is a duplicate key on insert, bulk insert, update, upsert and findAndModify', async () => {
    const col = mongoose.connection.collection('uniqueprobes');
    await col.createIndex({ k: 1 }, { unique: true });
    await col.insertMany([{ k: 'a' }, { k: 'b' }]);
    const attempts = [
      () => col.insertOne({ k: 'a' }),
      () => col.insertMany([{ k: 'x' }, { k: 'x' }]),
      () => col.updateOne({ k: 'b' }, { $set: { k: 'a' } }),
      () => col.updateOne({ k: 'c' }, { $set: { k: 'a' } }, { upsert: true }),
      () => col.findOneAndUpdate({ k: 'b' }, { $set: { k: 'a' } }),
    ];
    for (const attempt of attempts) {
      const err = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDuplicateKey(err)).toBe(true);
    }
  });

  it('no server listening, and a client closed under or before an operation, are "unavailable"', async () => {
    const caught = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: unknown) => e,
      );
    const nobody = new MongoClient(`mongodb://127.0.0.1:${await freePort()}/x`, {
      serverSelectionTimeoutMS: 300,
    });
    expect(isDatabaseUnavailable(await caught(nobody.db().command({ ping: 1 })))).toBe(true);
    await nobody.close();

    const client = await new MongoClient(process.env.TEST_MONGODB_URI!).connect();
    const inFlight = caught(client.db('x').collection('t').findOne({}));
    await client.close();
    expect(isDatabaseUnavailable(await inFlight)).toBe(true);
    expect(isDatabaseUnavailable(await caught(client.db('x').command({ ping: 1 })))).toBe(true);
  });

  it('mongoose giving up while disconnected is "unavailable"', async () => {
    const conn = mongoose.createConnection(); // never opened: operations buffer, then time out
    const Probe = conn.model('Probe', new mongoose.Schema({ n: Number }, { bufferTimeoutMS: 100 }), 'probes');
    const err = await Probe.findOne().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(err)).toBe(true);
    await conn.close();
  });
});

describe('update paths that clash on a unique index answer 409', () => {
  let host: request.Agent;
  let member: request.Agent;
  beforeAll(async () => {
    host = ctx.agent();
    member = ctx.agent();
    await signIn(host, await createUser({ role: 'host' }));
    await signIn(member, await createUser({ role: 'member' }));
  });

  const propose = async (term: string) =>
    (await member.post('/api/terms').send({ term, definition: 'A definition for tests.' }).expect(201))
      .body as { slug: string };

  it('renaming a glossary term to an existing term (any case, any accents) is a 409, and changes nothing', async () => {
    await propose('Hash matching');
    const other = await propose('Grooming');
    for (const name of ['Hash matching', 'HASH MATCHING', 'Hásh  matching']) {
      const res = await member.patch(`/api/terms/${other.slug}`).send({ term: name }).expect(409);
      expect(res.body).toEqual({ error: 'conflict', message: 'The glossary already has this term' });
    }
    const after = await member.get(`/api/terms/${other.slug}`).expect(200);
    expect(after.body.term).toBe('Grooming');
  });

  it('accepting a report proposal whose version number another process took is a 409, not a 500', async () => {
    const meeting = await createMeeting({ visibility: 'members' });
    const proposal = (
      await member
        .post(`/api/meetings/${meeting.slug}/report-proposals`)
        .send({ report: '# Report\n\nRevised.', baseVersion: 1 })
        .expect(201)
    ).body as { id: string };
    // Another instance accepted version 2 but has not moved the meeting's counter yet: this
    // acceptance's update (versionKey → "<meeting>:2") clashes on the unique index.
    await ReportProposal.collection.insertOne({
      meetingId: meeting._id,
      status: 'accepted',
      baseVersion: 1,
      number: 2,
      versionKey: `${String(meeting._id)}:2`,
      report: '# Report\n\nElsewhere.',
    });
    const res = await host
      .post(`/api/meetings/${meeting.slug}/report-proposals/${proposal.id}/accept`)
      .expect(409);
    expect(res.body.error).toBe('conflict');
    expect(res.body.message).toMatch(/report has changed/);
  });

  it('parallel first read marks (upserts on one unique key) all succeed', async () => {
    const thread = (await member.post('/api/threads').send({ title: 'Read marks' }).expect(201)).body as {
      id: string;
    };
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        member
          .post(`/api/threads/${thread.id}/read`)
          .send({ seq: 0 })
          .then((r) => r.status),
      ),
    );
    expect(statuses).toEqual(Array(20).fill(200));
  });

  it('parallel organisations with one name never answer 500', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () =>
        host
          .post('/api/organisations')
          .send({ name: 'Same Name Foundation', category: 'civil-society' })
          .then((r) => r.status),
      ),
    );
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
  });
});
