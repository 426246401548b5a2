import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie } from '../helpers/sockets';
import { createOrganisation, createUser, signIn } from '../factories';
import { AuditEvent } from '../../server/models/AuditEvent';
import { User } from '../../server/models/User';

let ctx: TestContext;
let host: request.Agent;
let hostUser: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  ctx = await startTestServer();
  host = ctx.agent();
  hostUser = await createUser({ role: 'host', name: 'Aaron Host' });
  await signIn(host, hostUser);
});
afterAll(() => ctx.close());

describe('user list', () => {
  it('filters by role, status and organisation, and searches name and email', async () => {
    const org = await createOrganisation();
    const zed = await createUser({
      name: 'Zed Searchable',
      email: 'zed@findme.test',
      organisationId: org._id,
    });
    await createUser({ name: 'Quiet Observer', role: 'observer', status: 'suspended' });
    const byName = await host.get('/api/users?q=searchable').expect(200);
    expect(byName.body.items.map((u: { id: string }) => u.id)).toEqual([String(zed._id)]);
    const byEmail = await host.get('/api/users?q=FINDME').expect(200);
    expect(byEmail.body.items).toHaveLength(1);
    const byOrg = await host.get(`/api/users?organisation=${org._id}`).expect(200);
    expect(byOrg.body.items.map((u: { email: string }) => u.email)).toEqual(['zed@findme.test']);
    const suspendedObservers = await host.get('/api/users?role=observer&status=suspended').expect(200);
    expect(suspendedObservers.body.items.map((u: { name: string }) => u.name)).toEqual(['Quiet Observer']);
    expect(JSON.stringify(byName.body)).not.toMatch(/passwordHash|scrypt/);
  });

  it('rejects bad filters', async () => {
    await host.get('/api/users?role=king').expect(400);
    await host.get('/api/users?organisation=xyz').expect(400);
  });
});

describe('role and organisation changes', () => {
  it('changes role and organisation and audits both', async () => {
    const org = await createOrganisation({ name: 'Moved To' });
    const user = await createUser({ role: 'observer' });
    const res = await host
      .patch(`/api/users/${user._id}`)
      .send({ role: 'member', organisationId: String(org._id) })
      .expect(200);
    expect(res.body).toMatchObject({ role: 'member', organisation: { name: 'Moved To' } });
    expect(
      await AuditEvent.countDocuments({
        action: 'user.role-changed',
        targetId: String(user._id),
        'details.from': 'observer',
        'details.to': 'member',
      }),
    ).toBe(1);
    expect(
      await AuditEvent.countDocuments({ action: 'user.organisation-changed', targetId: String(user._id) }),
    ).toBe(1);
  });

  it('answers 400 for an empty change, an unknown field or organisation, and 404 for an unknown user', async () => {
    const user = await createUser();
    await host.patch(`/api/users/${user._id}`).send({}).expect(400);
    await host.patch(`/api/users/${user._id}`).send({ passwordHash: 'x' }).expect(400);
    await host
      .patch(`/api/users/${user._id}`)
      .send({ organisationId: '0123456789abcdef01234567' })
      .expect(400);
    await host.patch('/api/users/0123456789abcdef01234567').send({ role: 'member' }).expect(404);
  });
});

describe('suspension', () => {
  it('cuts the suspended user off: next HTTP request is 401 and their socket is disconnected within a second', async () => {
    const victim = await createUser();
    const agent = ctx.agent();
    const login = await signIn(agent, victim);
    const socket = openSocket(ctx.url, sessionCookie(login.headers['set-cookie']));
    await connected(socket);
    const disconnected = new Promise<number>((resolve) =>
      socket.once('disconnect', () => resolve(Date.now())),
    );
    const started = Date.now();
    await host.patch(`/api/users/${victim._id}`).send({ status: 'suspended' }).expect(200);
    const at = await disconnected;
    expect(at - started).toBeLessThan(1000);
    await agent.get('/api/auth/me').expect(401);
    expect(await AuditEvent.countDocuments({ action: 'user.suspended', targetId: String(victim._id) })).toBe(
      1,
    );

    await host.patch(`/api/users/${victim._id}`).send({ status: 'active' }).expect(200);
    await signIn(ctx.agent(), victim);
    expect(
      await AuditEvent.countDocuments({ action: 'user.reactivated', targetId: String(victim._id) }),
    ).toBe(1);
    socket.disconnect();
  });
});

describe('last-host protection', () => {
  it('never lets the last active host be demoted or suspended', async () => {
    await User.updateMany({ role: 'host', _id: { $ne: hostUser._id } }, { $set: { role: 'member' } });
    const demote = await host.patch(`/api/users/${hostUser._id}`).send({ role: 'member' }).expect(409);
    expect(demote.body.error).toBe('last_host');
    await host.patch(`/api/users/${hostUser._id}`).send({ status: 'suspended' }).expect(409);
    expect(await User.findById(hostUser._id).lean()).toMatchObject({ role: 'host', status: 'active' });

    const second = await createUser({ role: 'host' });
    await host.patch(`/api/users/${second._id}`).send({ role: 'member' }).expect(200);
    const third = await createUser({ role: 'host' });
    // With another active host, demoting is allowed.
    await host.patch(`/api/users/${third._id}`).send({ role: 'observer' }).expect(200);
  });
});

describe('password reset links', () => {
  it('issues a one-time link that sets a new password, signs in, ends old sessions, and works only once', async () => {
    const user = await createUser();
    const old = ctx.agent();
    await signIn(old, user);
    const issued = await host.post(`/api/users/${user._id}/password-reset`).expect(201);
    expect(issued.body.resetUrl).toBe(`${ctx.url}/reset-password/${issued.body.token}`);
    const preview = await request(ctx.url).get(`/api/password-resets/${issued.body.token}`).expect(200);
    expect(preview.body.email).toBe(user.email);
    const resetter = ctx.agent();
    await resetter.post(`/api/password-resets/${issued.body.token}`).send({ password: 'short' }).expect(400);
    await resetter
      .post(`/api/password-resets/${issued.body.token}`)
      .send({ password: 'my brand new password' })
      .expect(200);
    await resetter.get('/api/auth/me').expect(200);
    await old.get('/api/auth/me').expect(401);
    await ctx
      .agent()
      .post(`/api/password-resets/${issued.body.token}`)
      .send({ password: 'a second new password' })
      .expect(410);
    await signIn(ctx.agent(), { email: user.email, password: 'my brand new password' });
    expect(
      await AuditEvent.countDocuments({ action: 'user.password-reset-issued', targetId: String(user._id) }),
    ).toBe(1);
    expect(
      await AuditEvent.countDocuments({
        action: 'user.password-reset-completed',
        targetId: String(user._id),
      }),
    ).toBe(1);
  });

  it('a newer link replaces an unused older one; unknown tokens are 404', async () => {
    const user = await createUser();
    const first = await host.post(`/api/users/${user._id}/password-reset`).expect(201);
    const second = await host.post(`/api/users/${user._id}/password-reset`).expect(201);
    await ctx
      .agent()
      .post(`/api/password-resets/${first.body.token}`)
      .send({ password: 'my brand new password' })
      .expect(404);
    await ctx
      .agent()
      .post(`/api/password-resets/${second.body.token}`)
      .send({ password: 'my brand new password' })
      .expect(200);
    await host.post('/api/users/0123456789abcdef01234567/password-reset').expect(404);
  });
});

describe('own profile', () => {
  it('lets any signed-in user rename themselves, with validation', async () => {
    const user = await createUser({ role: 'observer' });
    const agent = ctx.agent();
    await signIn(agent, user);
    const res = await agent.patch('/api/auth/me').send({ name: 'Renamed Person' }).expect(200);
    expect(res.body.user.name).toBe('Renamed Person');
    await agent.patch('/api/auth/me').send({ name: '' }).expect(400);
    await agent.patch('/api/auth/me').send({ name: 'Ok Name', role: 'host' }).expect(400);
    await ctx.agent().patch('/api/auth/me').send({ name: 'Anonymous' }).expect(401);
    expect((await User.findById(user._id).lean())!.role).toBe('observer');
  });
});
