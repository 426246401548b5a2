/** The newcomer's catch-up page: who may see it, and what it gathers. */
import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createOrganisation, createUser, signIn } from '../factories';
import { Thread } from '../../server/models/Thread';
import { createIndicatorVia, moveTo } from '../helpers/indicators';

let ctx: TestContext;
let observer: request.Agent;
let host: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  observer = ctx.agent();
  host = ctx.agent();
  await signIn(observer, await createUser({ role: 'observer' }));
  await signIn(host, await createUser({ role: 'host' }));
});
afterAll(() => ctx.close());

describe('GET /api/catch-up', () => {
  it('needs a signed-in user', async () => {
    const res = await request(ctx.url).get('/api/catch-up').expect(401);
    expect(res.body.error).toBe('unauthenticated');
  });

  it('shows zeros and empty lists when there is nothing yet (no indicators)', async () => {
    const res = await observer.get('/api/catch-up').expect(200);
    expect(res.body.indicators).toEqual({
      counts: { proposed: 0, drafting: 0, consultation: 0, endorsed: 0, retired: 0 },
      total: 0,
      openConsultations: [],
    });
    expect(res.body.openFollowUps).toEqual([]);
  });

  it('gathers reports, indicator states, decisions, changes, open follow-ups and busy threads the viewer may read', async () => {
    const org = await createOrganisation();
    await createMeeting({
      slug: 'catch-up-2013',
      startsAt: new Date('2013-10-24'),
      visibility: 'members',
      decisions: ['Keep developing indicators online'],
    });
    await createMeeting({ slug: 'hosts-2014', startsAt: new Date('2014-10-24'), visibility: 'hosts' });
    // Indicators through the API: two open consultations, one draft, one hosts-only proposal.
    const closing = async (title: string, closesAt: string) => {
      const code = await createIndicatorVia(host, { title });
      await moveTo(host, code, 'drafting');
      await moveTo(host, code, 'consultation', { closesAt });
      return code;
    };
    const later = await closing('Reports received', '2030-02-01T00:00:00.000Z');
    const sooner = await closing('Removal time', '2030-01-01T00:00:00.000Z');
    await moveTo(host, await createIndicatorVia(host, { title: 'Drafting one' }), 'drafting');
    await createIndicatorVia(host, { title: 'Secret', visibility: 'hosts' });
    const open = await host
      .post('/api/follow-ups')
      .send({ title: 'Open follow-up', ownerOrganisationId: String(org._id), dueAt: '2014-01-01' })
      .expect(201);
    const done = await host
      .post('/api/follow-ups')
      .send({ title: 'Finished follow-up', ownerOrganisationId: String(org._id) })
      .expect(201);
    await host.patch(`/api/follow-ups/${done.body.id}`).send({ status: 'done' }).expect(200);
    const term = await host
      .post('/api/terms')
      .send({ term: 'Hotline', definition: 'Where the public reports.' });
    await host.patch(`/api/terms/${term.body.slug}`).send({ status: 'agreed' }).expect(200);
    await Thread.create([
      {
        title: 'Quiet',
        subjectKey: 'general:q',
        visibility: 'members',
        lastSeq: 2,
        lastMessageAt: new Date(),
      },
      {
        title: 'Busy',
        subjectKey: 'general:b',
        visibility: 'members',
        lastSeq: 40,
        lastMessageAt: new Date(),
      },
      {
        title: 'Hosts talk',
        subjectKey: 'general:h',
        visibility: 'hosts',
        lastSeq: 99,
        lastMessageAt: new Date(),
      },
    ]);

    const res = await observer.get('/api/catch-up').expect(200);
    expect(res.body.latestReports.map((m: { slug: string }) => m.slug)).toEqual(['catch-up-2013']);
    expect(res.body.indicators.counts).toEqual({
      proposed: 0,
      drafting: 1,
      consultation: 2,
      endorsed: 0,
      retired: 0,
    });
    expect(res.body.indicators.total).toBe(3);
    expect(res.body.indicators.openConsultations).toEqual([
      { code: sooner, title: 'Removal time', closesAt: '2030-01-01T00:00:00.000Z' },
      { code: later, title: 'Reports received', closesAt: '2030-02-01T00:00:00.000Z' },
    ]);
    expect(res.body.recentDecisions).toEqual([
      {
        text: 'Keep developing indicators online',
        meeting: expect.objectContaining({ slug: 'catch-up-2013' }),
      },
    ]);
    expect(res.body.recentChanges.map((c: { title: string; status: string }) => [c.title, c.status])).toEqual(
      expect.arrayContaining([
        ['Finished follow-up', 'done'],
        ['Hotline', 'agreed'],
      ]),
    );
    expect(res.body.openFollowUps.map((a: { id: string; overdue: boolean }) => [a.id, a.overdue])).toEqual([
      [open.body.id, true],
    ]);
    expect(res.body.activeThreads.map((t: { title: string }) => t.title)).toEqual(['Busy', 'Quiet']);

    const asHost = await host.get('/api/catch-up').expect(200);
    expect(asHost.body.indicators.total).toBe(4);
    expect(asHost.body.indicators.counts).toMatchObject({ proposed: 1, drafting: 1, consultation: 2 });
    expect(asHost.body.activeThreads[0].title).toBe('Hosts talk');
  });
});
