import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { AuditEvent } from '../../server/models/AuditEvent';

let ctx: TestContext;
let host: request.Agent;
let member: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  host = ctx.agent();
  member = ctx.agent();
  await signIn(host, await createUser({ role: 'host' }));
  await signIn(member, await createUser({ role: 'member' }));
});
afterAll(() => ctx.close());

describe('organisation administration', () => {
  it('lets a host create an organisation with a unique slug, and audits it', async () => {
    const a = await host
      .post('/api/organisations')
      .send({
        name: 'Red Barnet',
        category: 'civil-society',
        country: 'Denmark',
        website: 'https://redbarnet.example',
      })
      .expect(201);
    expect(a.body).toMatchObject({ slug: 'red-barnet', membership: 'member', country: 'Denmark' });
    const b = await host
      .post('/api/organisations')
      .send({ name: 'Red Barnet', category: 'civil-society' })
      .expect(201);
    expect(b.body.slug).toBe('red-barnet-2');
    expect(await AuditEvent.countDocuments({ action: 'organisation.created', targetId: a.body.id })).toBe(1);
  });

  it('edits and marks an organisation as a former member', async () => {
    const org = await createOrganisation({ name: 'Leaving Org' });
    const res = await host
      .patch(`/api/organisations/${org.slug}`)
      .send({ membership: 'former', description: 'Left in 2015' })
      .expect(200);
    expect(res.body).toMatchObject({ membership: 'former', description: 'Left in 2015' });
    expect(
      await AuditEvent.countDocuments({ action: 'organisation.marked-former', targetId: String(org._id) }),
    ).toBe(1);
    const former = await request(ctx.url).get('/api/organisations?membership=former').expect(200);
    expect(former.body.items.map((o: { slug: string }) => o.slug)).toContain(org.slug);
  });

  it('validates input', async () => {
    await host.post('/api/organisations').send({ name: 'X', category: 'industry' }).expect(400);
    await host.post('/api/organisations').send({ name: 'Good Name', category: 'pirates' }).expect(400);
    await host
      .post('/api/organisations')
      .send({ name: 'Good Name', category: 'industry', website: 'ftp://x' })
      .expect(400);
    await host.patch('/api/organisations/no-such-org').send({ country: 'X' }).expect(404);
    await host.patch('/api/organisations/any').send({}).expect(400);
  });
});

describe('directory views', () => {
  it('shows people to signed-in readers only', async () => {
    const org = await createOrganisation({ name: 'Peopled Org' });
    await createUser({ name: 'Visible Member', organisationId: org._id });
    await createUser({ name: 'Suspended Member', organisationId: org._id, status: 'suspended' });
    const anon = await request(ctx.url).get(`/api/organisations/${org.slug}`).expect(200);
    expect(anon.body.people).toBeNull();
    const signedIn = await member.get(`/api/organisations/${org.slug}`).expect(200);
    expect(signedIn.body.people).toEqual([
      { id: expect.any(String), name: 'Visible Member', role: 'member' },
    ]);
  });

  it('filters by country and gives a breakdown by category with every category listed', async () => {
    await createOrganisation({ name: 'Hotline Ireland', category: 'hotline', country: 'Ireland' });
    const byCountry = await request(ctx.url).get('/api/organisations?country=Ireland').expect(200);
    expect(byCountry.body.items.map((o: { name: string }) => o.name)).toEqual(['Hotline Ireland']);
    const stats = await request(ctx.url).get('/api/organisations/stats').expect(200);
    expect(stats.body.byCategory).toHaveLength(7);
    const total = stats.body.byCategory.reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(total).toBe(stats.body.total);
    expect(
      stats.body.byCategory.find((c: { category: string }) => c.category === 'hotline').count,
    ).toBeGreaterThanOrEqual(1);
    expect(stats.body.countries).toContain('Ireland');
  });
});
