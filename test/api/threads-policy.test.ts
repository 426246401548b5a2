/** Thread and message routes against every kind of caller, plus bad input. */
import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createUser, signIn } from '../factories';

type Caller = 'anonymous' | 'observer' | 'member' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
beforeAll(async () => {
  ctx = await startTestServer({ MESSAGE_RATE: '1000/10' });
  agents.anonymous = ctx.agent();
  for (const role of ['observer', 'member', 'host'] as const) {
    agents[role] = ctx.agent();
    await signIn(agents[role], await createUser({ role }));
  }
});
afterAll(() => ctx.close());

const cid = () => randomBytes(8).toString('hex');
const thread = async (visibility = 'members') =>
  (await agents.host.post('/api/threads').send({ title: 'Policy thread', visibility }).expect(201)).body
    .id as string;
const message = async (t: string, as: Caller = 'member') =>
  (await agents[as].post(`/api/threads/${t}/messages`).send({ clientId: cid(), body: 'hi' }).expect(201)).body
    .id as string;

const callers: Caller[] = ['anonymous', 'observer', 'member', 'host'];
const rows: [string, (a: request.Agent) => Promise<request.Response>, Record<Caller, number>][] = [
  ['list threads', (a) => a.get('/api/threads'), { anonymous: 200, observer: 200, member: 200, host: 200 }],
  [
    'start a thread',
    (a) => a.post('/api/threads').send({ title: 'New topic' }),
    { anonymous: 401, observer: 403, member: 201, host: 201 },
  ],
  [
    'read a members thread',
    async (a) => a.get(`/api/threads/${await thread()}`),
    { anonymous: 404, observer: 200, member: 200, host: 200 },
  ],
  [
    'read a hosts thread',
    async (a) => a.get(`/api/threads/${await thread('hosts')}`),
    { anonymous: 404, observer: 404, member: 404, host: 200 },
  ],
  [
    'read messages',
    async (a) => a.get(`/api/threads/${await thread()}/messages`),
    { anonymous: 404, observer: 200, member: 200, host: 200 },
  ],
  [
    'post a message',
    async (a) => a.post(`/api/threads/${await thread()}/messages`).send({ clientId: cid(), body: 'x' }),
    { anonymous: 401, observer: 403, member: 201, host: 201 },
  ],
  [
    'lock a thread',
    async (a) => a.patch(`/api/threads/${await thread()}`).send({ locked: true }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'mark read',
    async (a) => a.post(`/api/threads/${await thread()}/read`).send({ seq: 0 }),
    { anonymous: 401, observer: 200, member: 200, host: 200 },
  ],
  [
    'edit someone else’s message',
    async (a) => a.patch(`/api/messages/${await message(await thread(), 'host')}`).send({ body: 'y' }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'delete someone else’s message',
    async (a) => a.delete(`/api/messages/${await message(await thread(), 'host')}`),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
];

describe.each(rows)('%s', (_name, call, expected) => {
  it.each(callers)('as %s', async (caller) => {
    expect((await call(agents[caller])).status).toBe(expected[caller]);
  });
});

describe('threads: bad input and subjects', () => {
  it('answers 400 for bad bodies and ids', async () => {
    const t = await thread();
    await agents.member.post('/api/threads').send({ title: 'x' }).expect(400);
    await agents.member
      .post('/api/threads')
      .send({ title: 'Valid title', subjectType: 'document' })
      .expect(400);
    await agents.member.post(`/api/threads/${t}/messages`).send({ clientId: 'short', body: 'x' }).expect(400);
    await agents.member.post(`/api/threads/${t}/messages`).send({ clientId: cid(), body: '' }).expect(400);
    await agents.member
      .post(`/api/threads/${t}/messages`)
      .send({ clientId: cid(), body: 'x'.repeat(10_001) })
      .expect(400);
    await agents.member.get('/api/threads/nope').expect(400);
    await agents.member.get(`/api/threads/${t}/messages?after=-1`).expect(400);
  });

  it('keeps one thread per subject, created on first use', async () => {
    const meeting = await createMeeting();
    const first = await agents.member
      .post('/api/threads')
      .send({ title: 'About the meeting', subjectType: 'meeting', subjectId: String(meeting._id) })
      .expect(201);
    const second = await agents.host
      .post('/api/threads')
      .send({ title: 'Another title', subjectType: 'meeting', subjectId: String(meeting._id) })
      .expect(200);
    expect(second.body.id).toBe(first.body.id);
    const listed = await agents.member
      .get(`/api/threads?subjectType=meeting&subjectId=${meeting._id}`)
      .expect(200);
    expect(listed.body.items.map((t: { id: string }) => t.id)).toEqual([first.body.id]);
  });

  it('renders message markdown safely', async () => {
    const t = await thread();
    const res = await agents.member
      .post(`/api/threads/${t}/messages`)
      .send({ clientId: cid(), body: '**hi** <script>alert(1)</script> [x](javascript:alert(1))' })
      .expect(201);
    expect(res.body.bodyHtml).toContain('<strong>hi</strong>');
    expect(res.body.bodyHtml).not.toMatch(/<script|javascript:/);
  });
});
