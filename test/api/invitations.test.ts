import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { Invitation } from '../../server/models/Invitation';
import { AuditEvent } from '../../server/models/AuditEvent';
import { hashToken } from '../../server/features/accounts/tokens';

let ctx: TestContext;
let host: request.Agent;
let hostId: string;
beforeAll(async () => {
  ctx = await startTestServer();
  host = ctx.agent();
  const h = await createUser({ role: 'host' });
  hostId = String(h._id);
  await signIn(host, h);
});
afterAll(() => ctx.close());

async function invite(email: string, role = 'member', organisationId?: string) {
  const res = await host
    .post('/api/invitations')
    .send({ email, role, ...(organisationId ? { organisationId } : {}) })
    .expect(201);
  return res.body as {
    invitation: { id: string; state: string };
    token: string;
    acceptUrl: string;
    emailed: boolean;
  };
}

describe('invitation lifecycle', () => {
  it('creates an invitation with a one-time link, stores only the token hash, and audits it', async () => {
    const org = await createOrganisation({ name: 'Hotline Org' });
    const issued = await invite('New.Person@Example.test', 'member', String(org._id));
    expect(issued.invitation).toMatchObject({
      email: 'new.person@example.test',
      role: 'member',
      state: 'pending',
      organisation: { name: 'Hotline Org' },
      invitedBy: { id: hostId },
    });
    expect(issued.acceptUrl).toBe(`${ctx.url}/invitations/${issued.token}`);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued.emailed).toBe(false);
    const stored = await Invitation.findById(issued.invitation.id).lean();
    expect(stored!.tokenHash).toBe(hashToken(issued.token));
    expect(JSON.stringify(stored)).not.toContain(issued.token);
    expect(
      await AuditEvent.countDocuments({
        action: 'user.invited',
        targetId: issued.invitation.id,
        actorId: hostId,
      }),
    ).toBe(1);
  });

  it('shows the invitee what the link is for, then accepting signs them in; the link works once', async () => {
    const org = await createOrganisation({ name: 'Newcomer Org' });
    const issued = await invite('accept.me@example.test', 'member', String(org._id));
    const preview = await request(ctx.url).get(`/api/invitations/${issued.token}`).expect(200);
    expect(preview.body).toMatchObject({
      email: 'accept.me@example.test',
      role: 'member',
      organisation: { name: 'Newcomer Org' },
    });

    const invitee = ctx.agent();
    const accepted = await invitee
      .post(`/api/invitations/${issued.token}/accept`)
      .send({ name: 'Ada Newcomer', password: 'a fine long password' })
      .expect(201);
    expect(accepted.body.user).toMatchObject({
      email: 'accept.me@example.test',
      name: 'Ada Newcomer',
      role: 'member',
      organisation: { name: 'Newcomer Org' },
    });
    const me = await invitee.get('/api/auth/me').expect(200);
    expect(me.body.user.name).toBe('Ada Newcomer');
    const listed = await host.get('/api/users?q=accept.me').expect(200);
    expect(listed.body.items[0].lastSeenAt).toEqual(expect.any(String));

    const reuse = await ctx
      .agent()
      .post(`/api/invitations/${issued.token}/accept`)
      .send({ name: 'Mallory', password: 'another long password' })
      .expect(410);
    expect(reuse.body.message).toMatch(/already been used/);
    await request(ctx.url).get(`/api/invitations/${issued.token}`).expect(410);
    const list = await host.get('/api/invitations?state=accepted').expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(issued.invitation.id);
  });

  it('accepts a token exactly once under concurrent use', async () => {
    const issued = await invite('race@example.test');
    const attempts = await Promise.all(
      [1, 2, 3].map((n) =>
        ctx
          .agent()
          .post(`/api/invitations/${issued.token}/accept`)
          .send({ name: `Racer ${n}`, password: 'a fine long password' }),
      ),
    );
    expect(attempts.map((r) => r.status).sort()).toEqual([201, 410, 410]);
  });

  it('refuses an expired invitation', async () => {
    const issued = await invite('late@example.test');
    await Invitation.updateOne(
      { _id: issued.invitation.id },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    const res = await ctx
      .agent()
      .post(`/api/invitations/${issued.token}/accept`)
      .send({ name: 'Late Larry', password: 'a fine long password' })
      .expect(410);
    expect(res.body.message).toMatch(/expired/);
    expect(
      (await host.get('/api/invitations?state=expired').expect(200)).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toContain(issued.invitation.id);
  });

  it('refuses a revoked invitation; re-issuing gives a new working link and kills the old one', async () => {
    const issued = await invite('revoked@example.test');
    const revoked = await host.delete(`/api/invitations/${issued.invitation.id}`).expect(200);
    expect(revoked.body.state).toBe('revoked');
    await ctx
      .agent()
      .post(`/api/invitations/${issued.token}/accept`)
      .send({ name: 'Rev Oked', password: 'a fine long password' })
      .expect(410);
    const reissued = await host.post(`/api/invitations/${issued.invitation.id}/reissue`).expect(201);
    expect(reissued.body.token).not.toBe(issued.token);
    await ctx
      .agent()
      .post(`/api/invitations/${reissued.body.token}/accept`)
      .send({ name: 'Rev Oked', password: 'a fine long password' })
      .expect(201);
    expect(
      await AuditEvent.countDocuments({ action: 'invitation.revoked', targetId: issued.invitation.id }),
    ).toBe(1);
  });

  it('a new invitation for the same email withdraws the older pending link', async () => {
    const first = await invite('twice@example.test');
    const second = await invite('twice@example.test');
    await ctx
      .agent()
      .post(`/api/invitations/${first.token}/accept`)
      .send({ name: 'Twice', password: 'a fine long password' })
      .expect(410);
    await ctx
      .agent()
      .post(`/api/invitations/${second.token}/accept`)
      .send({ name: 'Twice', password: 'a fine long password' })
      .expect(201);
  });

  it('refuses to invite an existing account, an unknown organisation, or bad input', async () => {
    const existing = await createUser();
    expect(
      (await host.post('/api/invitations').send({ email: existing.email, role: 'member' }).expect(409)).body
        .error,
    ).toBe('account_exists');
    await host
      .post('/api/invitations')
      .send({ email: 'x@example.test', role: 'member', organisationId: '0123456789abcdef01234567' })
      .expect(400);
    await host.post('/api/invitations').send({ email: 'x@example.test', role: 'emperor' }).expect(400);
    await host
      .post('/api/invitations')
      .send({ email: 'x@example.test', role: 'member', extra: 1 })
      .expect(400);
  });

  it('answers 404 for an unknown token, 400 for a malformed one, and 400 for a weak password', async () => {
    await request(ctx.url)
      .get(`/api/invitations/${'a'.repeat(43)}`)
      .expect(404);
    await request(ctx.url).get('/api/invitations/short').expect(400);
    const issued = await invite('weak@example.test');
    const res = await ctx
      .agent()
      .post(`/api/invitations/${issued.token}/accept`)
      .send({ name: 'Weak', password: 'short' })
      .expect(400);
    expect(res.body.fields.password).toBeDefined();
    expect((await Invitation.findById(issued.invitation.id).lean())!.acceptedAt).toBeNull();
  });
});
