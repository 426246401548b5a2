import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { MembershipApplication } from '../../server/models/MembershipApplication';
import { Organisation } from '../../server/models/Organisation';
import { User } from '../../server/models/User';
import { AuditEvent } from '../../server/models/AuditEvent';

let ctx: TestContext;
let host: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer({ APPLY_IP_LIMIT: '20' });
  host = ctx.agent();
  await signIn(host, await createUser({ role: 'host' }));
});
afterAll(() => ctx.close());

const application = (over: Record<string, unknown> = {}) => ({
  organisationName: 'Child Safety Hotline of Kenya',
  category: 'hotline',
  country: 'Kenya',
  website: 'https://hotline.example.test',
  contactName: 'Wanjiru K.',
  contactEmail: `contact-${Math.random().toString(36).slice(2)}@example.test`,
  motivation: 'We run a national reporting hotline and want to contribute data to the indicators.',
  ...over,
});

describe('membership applications', () => {
  it('accepts an anonymous application without creating any account or organisation', async () => {
    const users = await User.countDocuments();
    const orgs = await Organisation.countDocuments();
    const res = await ctx.agent().post('/api/applications').send(application()).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'pending' });
    expect(await User.countDocuments()).toBe(users);
    expect(await Organisation.countDocuments()).toBe(orgs);
  });

  it('validates every field and names the problems', async () => {
    const res = await ctx
      .agent()
      .post('/api/applications')
      .send(
        application({
          category: 'aliens',
          motivation: 'short',
          contactEmail: 'nope',
          website: 'javascript:alert(1)',
        }),
      )
      .expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual([
      'category',
      'contactEmail',
      'motivation',
      'website',
    ]);
  });

  it('refuses a second pending application from the same contact', async () => {
    const body = application();
    await ctx.agent().post('/api/applications').send(body).expect(201);
    await ctx
      .agent()
      .post('/api/applications')
      .send({ ...body, organisationName: 'Other name' })
      .expect(409);
  });

  it('approval creates the organisation and a member invitation for the contact', async () => {
    const body = application({ organisationName: 'Eitesal Kids' });
    const { body: submitted } = await ctx.agent().post('/api/applications').send(body).expect(201);
    const queue = await host.get('/api/applications?status=pending').expect(200);
    expect(queue.body.items.map((a: { id: string }) => a.id)).toContain(submitted.id);
    const res = await host.post(`/api/applications/${submitted.id}/approve`).expect(200);
    expect(res.body.application).toMatchObject({ status: 'approved', reviewer: { name: 'Test Person' } });
    expect(res.body.organisation).toMatchObject({
      name: 'Eitesal Kids',
      slug: 'eitesal-kids',
      category: 'hotline',
      country: 'Kenya',
      membership: 'member',
      joinedYear: new Date().getUTCFullYear(),
    });
    expect(res.body.invitation.invitation).toMatchObject({
      email: body.contactEmail,
      role: 'member',
      organisation: { name: 'Eitesal Kids' },
    });
    // The contact accepts and belongs to the new organisation.
    const accepted = await ctx
      .agent()
      .post(`/api/invitations/${res.body.invitation.token}/accept`)
      .send({ name: 'Wanjiru K.', password: 'a fine long password' })
      .expect(201);
    expect(accepted.body.user.organisation.slug).toBe('eitesal-kids');
    await host.post(`/api/applications/${submitted.id}/approve`).expect(409);
    expect(await AuditEvent.countDocuments({ action: 'application.approved', targetId: submitted.id })).toBe(
      1,
    );
  });

  it('rejection records the reason and creates nothing', async () => {
    const { body: submitted } = await ctx
      .agent()
      .post('/api/applications')
      .send(application({ organisationName: 'Spam Inc' }))
      .expect(201);
    await host.post(`/api/applications/${submitted.id}/reject`).send({ reason: '' }).expect(400);
    const res = await host
      .post(`/api/applications/${submitted.id}/reject`)
      .send({ reason: 'Not working on child online safety.' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Not working on child online safety.',
    });
    expect(await Organisation.exists({ name: 'Spam Inc' })).toBeNull();
    await host.post(`/api/applications/${submitted.id}/approve`).expect(409);
    expect((await MembershipApplication.findById(submitted.id).lean())!.status).toBe('rejected');
  });

  it('answers 404 for an unknown application and 400 for a malformed id', async () => {
    await host.post('/api/applications/0123456789abcdef01234567/approve').expect(404);
    await host.post('/api/applications/not-an-id/approve').expect(400);
  });
});
