/** Recording and editing meetings, and report proposals: permission matrix, bad input, lifecycle. */
import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createOrganisation, createUser, signIn } from '../factories';
import { Notification } from '../../server/models/Notification';
import type { MeetingRecord } from '../../server/models/Meeting';

type Caller = 'anonymous' | 'observer' | 'member' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
const ids = {} as Record<Caller, string>;
beforeAll(async () => {
  ctx = await startTestServer();
  agents.anonymous = ctx.agent();
  for (const role of ['observer', 'member', 'host'] as const) {
    const user = await createUser({ role, name: `The ${role}` });
    ids[role] = String(user._id);
    agents[role] = ctx.agent();
    await signIn(agents[role], user);
  }
});
afterAll(() => ctx.close());

let n = 0;
const meeting = (over: Partial<MeetingRecord> = {}) => createMeeting({ visibility: 'public', ...over });
const propose = async (m: MeetingRecord, report = `Proposed text ${++n}`) =>
  (
    await agents.member
      .post(`/api/meetings/${m.slug}/report-proposals`)
      .send({ report, baseVersion: 1, note: 'Fixes a name' })
      .expect(201)
  ).body as { id: string };

const callers: Caller[] = ['anonymous', 'observer', 'member', 'host'];
const rows: [string, (a: request.Agent) => Promise<request.Response>, Record<Caller, number>][] = [
  [
    'create a meeting',
    (a) => a.post('/api/meetings').send({ title: `Session ${++n}`, startsAt: '2014-09-02' }),
    { anonymous: 401, observer: 403, member: 403, host: 201 },
  ],
  [
    'edit a meeting',
    async (a) => a.patch(`/api/meetings/${(await meeting()).slug}`).send({ focus: 'New focus' }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'list report proposals',
    async (a) => a.get(`/api/meetings/${(await meeting()).slug}/report-proposals`),
    { anonymous: 401, observer: 200, member: 200, host: 200 },
  ],
  [
    'propose a report version',
    async (a) =>
      a
        .post(`/api/meetings/${(await meeting()).slug}/report-proposals`)
        .send({ report: 'New', baseVersion: 1 }),
    { anonymous: 401, observer: 403, member: 201, host: 201 },
  ],
  [
    'accept a proposal',
    async (a) => {
      const m = await meeting();
      return a.post(`/api/meetings/${m.slug}/report-proposals/${(await propose(m)).id}/accept`);
    },
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'decline a proposal',
    async (a) => {
      const m = await meeting();
      return a.post(`/api/meetings/${m.slug}/report-proposals/${(await propose(m)).id}/reject`);
    },
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'propose for a hosts-only meeting',
    async (a) =>
      a
        .post(`/api/meetings/${(await meeting({ visibility: 'hosts' })).slug}/report-proposals`)
        .send({ report: 'New', baseVersion: 1 }),
    { anonymous: 401, observer: 404, member: 404, host: 201 },
  ],
];

describe.each(rows)('%s', (_name, call, expected) => {
  it.each(callers)('as %s', async (caller) => {
    expect((await call(agents[caller])).status).toBe(expected[caller]);
  });
});

describe('bad input', () => {
  it.each([
    ['no title', { startsAt: '2014-09-02' }],
    ['a bad date', { title: 'Session', startsAt: '2 September 2014' }],
    ['an end before the start', { title: 'Session', startsAt: '2014-09-02', endsAt: '2014-09-01' }],
    ['a bad slug', { title: 'Session', startsAt: '2014-09-02', slug: 'Not OK' }],
    ['an unknown field', { title: 'Session', startsAt: '2014-09-02', minutes: 'x' }],
    [
      'an unknown chair',
      { title: 'Session', startsAt: '2014-09-02', chairOrganisationId: '0123456789abcdef01234567' },
    ],
    [
      'a presentation without a title',
      { title: 'Session', startsAt: '2014-09-02', presentations: [{ title: '' }] },
    ],
    [
      'a presentation linked to a missing document',
      {
        title: 'Session',
        startsAt: '2014-09-02',
        presentations: [{ title: 'Slides', documentId: '0123456789abcdef01234567' }],
      },
    ],
  ])('refuses %s with 400', async (_name, input) => {
    const res = await agents.host.post('/api/meetings').send(input).expect(400);
    expect(res.body).toMatchObject({ error: 'invalid_input', message: expect.any(String) });
  });

  it('refuses bad edits and proposals with 400, unknown proposals with 404', async () => {
    const m = await meeting();
    await agents.host.patch(`/api/meetings/${m.slug}`).send({}).expect(400);
    await agents.host.patch(`/api/meetings/${m.slug}`).send({ visibility: 'secret' }).expect(400);
    await agents.host.patch(`/api/meetings/${m.slug}`).send({ endsAt: '2000-01-01' }).expect(400);
    await agents.member.post(`/api/meetings/${m.slug}/report-proposals`).send({ report: '' }).expect(400);
    await agents.member.post(`/api/meetings/${m.slug}/report-proposals`).send({ report: 'x' }).expect(400);
    await agents.host.post(`/api/meetings/${m.slug}/report-proposals/nope/accept`).expect(400);
    await agents.host
      .post(`/api/meetings/${m.slug}/report-proposals/0123456789abcdef01234567/accept`)
      .expect(404);
  });

  it('refuses a slug already in use with 409', async () => {
    const m = await meeting();
    await agents.host
      .post('/api/meetings')
      .send({ title: 'Copy', startsAt: '2014-09-02', slug: m.slug })
      .expect(409);
  });
});

describe('recording a meeting', () => {
  it('creates a meeting with chair, participants, presentations and decisions, then edits it', async () => {
    const chair = await createOrganisation({ name: 'Chairing NGO' });
    const presenter = await createOrganisation({ name: 'A Hotline', category: 'hotline' });
    const res = await agents.host
      .post('/api/meetings')
      .send({
        title: 'IGF 2014 Istanbul session',
        event: 'IGF 2014',
        location: 'Istanbul, Turkey',
        startsAt: '2014-09-02',
        endsAt: '2014-09-05',
        chairOrganisationId: String(chair._id),
        participantIds: [String(chair._id), String(presenter._id)],
        focus: 'Indicators',
        report: '## Summary\n\nWe met.',
        presentations: [{ title: 'Hotline data', presenterOrganisationId: String(presenter._id) }],
        decisions: ['Keep working online'],
        visibility: 'public',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      slug: 'igf-2014-istanbul-session',
      chair: { name: 'Chairing NGO' },
      presentations: [{ title: 'Hotline data', presenter: { name: 'A Hotline' }, document: null }],
      decisions: ['Keep working online'],
      reportVersion: 1,
      endsAt: '2014-09-05T00:00:00.000Z',
    });
    expect(res.body.participants).toHaveLength(2);
    const anon = await request(ctx.url).get('/api/meetings/igf-2014-istanbul-session').expect(200);
    expect(anon.body.can).toEqual({ edit: false, proposeReport: false, reviewProposals: false });

    const edited = await agents.host
      .patch('/api/meetings/igf-2014-istanbul-session')
      .send({
        decisions: ['Keep working online', 'Meet again in 2015'],
        report: '## Summary\n\nWe met twice.',
      })
      .expect(200);
    expect(edited.body.decisions).toHaveLength(2);
    expect(edited.body).toMatchObject({ reportVersion: 2, report: '## Summary\n\nWe met twice.' });
    // A host editing from an old version is told the report moved on.
    await agents.host
      .patch('/api/meetings/igf-2014-istanbul-session')
      .send({ report: 'Stale', baseVersion: 1, decisions: ['Lost with the stale report'] })
      .expect(409);
    // …and nothing of that edit is saved.
    const after = await agents.host.get('/api/meetings/igf-2014-istanbul-session').expect(200);
    expect(after.body.decisions).toHaveLength(2);
  });
});

describe('report proposals', () => {
  it('notifies hosts; accepting makes the proposal the next version; a stale one is refused', async () => {
    const m = await meeting({ report: 'Original' });
    const first = await propose(m, 'First proposal');
    const second = await propose(m, 'Second proposal');
    const toHost = await Notification.find({ recipientId: ids.host, subjectId: m._id }).lean();
    expect(toHost.map((x) => x.kind)).toEqual(['report-proposed', 'report-proposed']);
    expect(await Notification.countDocuments({ recipientId: ids.observer, subjectId: m._id })).toBe(0);

    const accepted = await agents.host
      .post(`/api/meetings/${m.slug}/report-proposals/${first.id}/accept`)
      .expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', number: 2, decidedBy: { name: 'The host' } });
    const after = await request(ctx.url).get(`/api/meetings/${m.slug}`).expect(200);
    expect(after.body).toMatchObject({ report: 'First proposal', reportVersion: 2 });

    // The second was written against version 1, which is no longer current.
    await agents.host.post(`/api/meetings/${m.slug}/report-proposals/${second.id}/accept`).expect(409);
    await agents.host.post(`/api/meetings/${m.slug}/report-proposals/${first.id}/reject`).expect(409);
    const declined = await agents.host
      .post(`/api/meetings/${m.slug}/report-proposals/${second.id}/reject`)
      .expect(200);
    expect(declined.body.status).toBe('rejected');
    const list = await agents.observer.get(`/api/meetings/${m.slug}/report-proposals`).expect(200);
    expect(list.body.items.map((p: { status: string }) => p.status).sort()).toEqual(['accepted', 'rejected']);
    const pending = await agents.observer
      .get(`/api/meetings/${m.slug}/report-proposals?status=proposed`)
      .expect(200);
    expect(pending.body.items).toEqual([]);
  });

  it('accepts only one of two simultaneous acceptances against the same version', async () => {
    const m = await meeting({ report: 'Original' });
    const a = await propose(m, 'Version A');
    const b = await propose(m, 'Version B');
    const results = await Promise.all([
      agents.host.post(`/api/meetings/${m.slug}/report-proposals/${a.id}/accept`),
      agents.host.post(`/api/meetings/${m.slug}/report-proposals/${b.id}/accept`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = await request(ctx.url).get(`/api/meetings/${m.slug}`).expect(200);
    expect(after.body.reportVersion).toBe(2);
  });
});
