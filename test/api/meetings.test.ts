import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createOrganisation, createUser, signIn } from '../factories';

let ctx: TestContext;
let member: request.Agent;
let observer: request.Agent;
let host: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  const chair = await createOrganisation({ name: 'Chair Org', slug: 'chair-org' });
  await createMeeting({
    slug: 'public-2013',
    title: 'Public 2013',
    startsAt: new Date('2013-10-24'),
    visibility: 'public',
    chairOrganisationId: chair._id,
    participantIds: [chair._id],
    report: '## Session\n\nWe met. <script>alert(1)</script>',
  });
  await createMeeting({
    slug: 'members-2014',
    title: 'Members 2014',
    startsAt: new Date('2014-09-02'),
    visibility: 'members',
  });
  await createMeeting({
    slug: 'hosts-2015',
    title: 'Hosts 2015',
    startsAt: new Date('2015-11-10'),
    visibility: 'hosts',
  });
  member = ctx.agent();
  observer = ctx.agent();
  host = ctx.agent();
  await signIn(member, await createUser({ role: 'member' }));
  await signIn(observer, await createUser({ role: 'observer' }));
  await signIn(host, await createUser({ role: 'host' }));
});
afterAll(() => ctx.close());

const slugs = (res: request.Response) => res.body.items.map((m: { slug: string }) => m.slug);

describe('GET /api/meetings', () => {
  it('shows anonymous visitors public meetings only', async () => {
    const res = await request(ctx.url).get('/api/meetings').expect(200);
    expect(slugs(res)).toEqual(['public-2013']);
    expect(res.body.items[0].report).toBeUndefined();
  });

  it('shows members and observers members-only meetings, newest first, but not hosts-only ones', async () => {
    expect(slugs(await member.get('/api/meetings').expect(200))).toEqual(['members-2014', 'public-2013']);
    expect(slugs(await observer.get('/api/meetings').expect(200))).toEqual(['members-2014', 'public-2013']);
  });

  it('shows hosts everything', async () => {
    expect(slugs(await host.get('/api/meetings').expect(200))).toEqual([
      'hosts-2015',
      'members-2014',
      'public-2013',
    ]);
  });

  it('paginates with a cursor without overlap', async () => {
    const first = await host.get('/api/meetings?limit=2').expect(200);
    expect(slugs(first)).toEqual(['hosts-2015', 'members-2014']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await host.get(`/api/meetings?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(slugs(second)).toEqual(['public-2013']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('filters by year', async () => {
    expect(slugs(await host.get('/api/meetings?year=2014').expect(200))).toEqual(['members-2014']);
  });

  it.each([['limit=0'], ['limit=abc'], ['limit=1000'], ['cursor=%7Bbad'], ['year=13'], ['unknown=1']])(
    'answers 400 for ?%s',
    async (qs) => {
      const res = await request(ctx.url).get(`/api/meetings?${qs}`).expect(400);
      expect(res.body.error).toBe('invalid_input');
    },
  );
});

describe('GET /api/meetings/:slug', () => {
  it('returns a public meeting with its report rendered and sanitised, and its organisations', async () => {
    const res = await request(ctx.url).get('/api/meetings/public-2013').expect(200);
    expect(res.body.reportHtml).toContain('<h2>Session</h2>');
    expect(res.body.reportHtml).not.toContain('<script');
    expect(res.body.chair).toMatchObject({ slug: 'chair-org', name: 'Chair Org' });
    expect(res.body.participants).toHaveLength(1);
  });

  it('hides members-only meetings from anonymous visitors with 404 and shows them to observers', async () => {
    await request(ctx.url).get('/api/meetings/members-2014').expect(404);
    await observer.get('/api/meetings/members-2014').expect(200);
  });

  it('hides hosts-only meetings from members', async () => {
    await member.get('/api/meetings/hosts-2015').expect(404);
    await host.get('/api/meetings/hosts-2015').expect(200);
  });

  it('answers 400 for a malformed slug and 404 for an unknown one', async () => {
    await request(ctx.url).get('/api/meetings/Bad%20Slug!').expect(400);
    await request(ctx.url).get('/api/meetings/no-such-meeting').expect(404);
  });
});

describe('GET /api/organisations', () => {
  it('lists the public directory sorted by name, with category and search filters', async () => {
    await createOrganisation({
      name: 'Alpha Hotline',
      slug: 'alpha-hotline',
      category: 'hotline',
      country: 'Ireland',
    });
    await createOrganisation({ name: 'Beta Ministry', slug: 'beta-ministry', category: 'government' });
    const all = await request(ctx.url).get('/api/organisations').expect(200);
    const names = all.body.items.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort());
    const hotlines = await request(ctx.url).get('/api/organisations?category=hotline').expect(200);
    expect(hotlines.body.items.map((o: { slug: string }) => o.slug)).toEqual(['alpha-hotline']);
    const search = await request(ctx.url).get('/api/organisations?q=beta').expect(200);
    expect(search.body.items.map((o: { slug: string }) => o.slug)).toEqual(['beta-ministry']);
    const regexy = await request(ctx.url).get('/api/organisations?q=.*').expect(200);
    expect(regexy.body.items).toEqual([]);
  });

  it('returns one organisation by slug, 404 when unknown, 400 for a bad category', async () => {
    const res = await request(ctx.url).get('/api/organisations/alpha-hotline').expect(200);
    expect(res.body).toMatchObject({
      name: 'Alpha Hotline',
      category: 'hotline',
      country: 'Ireland',
      membership: 'member',
    });
    await request(ctx.url).get('/api/organisations/nobody-here').expect(404);
    await request(ctx.url).get('/api/organisations?category=aliens').expect(400);
  });
});
