import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { AuditEvent } from '../../server/models/AuditEvent';
import { User } from '../../server/models/User';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '10' });
});
afterAll(() => ctx.close());

const sidOf = (res: request.Response) =>
  ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('cw.sid='))
    ?.split(';')[0];

describe('POST /api/auth/login', () => {
  it('signs a member in, sets an httpOnly cookie and returns the user with their organisation', async () => {
    const org = await createOrganisation({ name: 'ECPAT International' });
    const user = await createUser({ organisationId: org._id, name: 'Maya' });
    const agent = ctx.agent();
    const res = await signIn(agent, user);
    expect(res.body.user).toMatchObject({
      email: user.email,
      name: 'Maya',
      role: 'member',
      organisation: { name: 'ECPAT International' },
    });
    expect(res.body.user.passwordHash).toBeUndefined();
    const cookie = ([] as string[]).concat(res.headers['set-cookie']).join(';');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.user.id).toBe(String(user._id));
  });

  it('accepts the email in any case', async () => {
    const user = await createUser();
    await signIn(ctx.agent(), { email: user.email.toUpperCase(), password: user.password });
  });

  it('refuses a wrong password and an unknown email with the same 401, and audits both', async () => {
    const user = await createUser();
    const wrong = await ctx
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'nope-nope-nope' })
      .expect(401);
    const unknown = await ctx
      .agent()
      .post('/api/auth/login')
      .send({ email: 'ghost@example.test', password: 'nope-nope-nope' })
      .expect(401);
    expect(wrong.body).toEqual({ error: 'unauthenticated', message: 'Email or password is incorrect' });
    expect(unknown.body).toEqual(wrong.body);
    expect(await AuditEvent.countDocuments({ action: 'login.failed', targetId: String(user._id) })).toBe(1);
    expect(
      await AuditEvent.countDocuments({ action: 'login.failed', 'details.email': 'ghost@example.test' }),
    ).toBe(1);
  });

  it('locks the account after repeated failures, even against the right password, and audits the lock-out', async () => {
    const user = await createUser();
    for (let i = 0; i < 3; i++) {
      await ctx
        .agent()
        .post('/api/auth/login')
        .send({ email: user.email, password: `wrong-${i}-password` })
        .expect(401);
    }
    const locked = await ctx
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(429);
    expect(locked.body.error).toBe('too_many_requests');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(500);
    expect(await AuditEvent.countDocuments({ action: 'login.locked', targetId: String(user._id) })).toBe(1);
    // Once the lock has expired the right password works again.
    await User.updateOne({ _id: user._id }, { $set: { lockedUntil: new Date(Date.now() - 1000) } });
    await signIn(ctx.agent(), user);
  });

  it('refuses a suspended account with 403', async () => {
    const user = await createUser({ status: 'suspended' });
    const res = await ctx
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(403);
    expect(res.body.error).toBe('forbidden');
  });

  it('regenerates the session id at sign-in; the old id no longer authenticates', async () => {
    const user = await createUser();
    const agent = ctx.agent();
    const first = sidOf(await signIn(agent, user));
    const second = sidOf(await signIn(agent, user));
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    await request(ctx.url).get('/api/auth/me').set('Cookie', first!).expect(401);
    await request(ctx.url).get('/api/auth/me').set('Cookie', second!).expect(200);
  });

  it.each([
    ['an operator instead of an email', { email: { $ne: null }, password: 'x' }],
    ['an operator instead of a password', { email: 'a@example.test', password: { $gt: '' } }],
    ['a missing password', { email: 'a@example.test' }],
    ['an unknown field', { email: 'a@example.test', password: 'x', role: 'host' }],
    ['a malformed email', { email: 'not-an-email', password: 'x' }],
    ['an array body', [1, 2]],
  ])('answers 400 for %s', async (_label, body) => {
    const res = await ctx
      .agent()
      .post('/api/auth/login')
      .send(body as object)
      .expect(400);
    expect(res.body.error).toBe('invalid_input');
    expect(typeof res.body.message).toBe('string');
  });

  it('answers 400 invalid_json for a malformed JSON body', async () => {
    const res = await ctx
      .agent()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body).toEqual({ error: 'invalid_json', message: 'The request body is not valid JSON' });
  });

  it('answers 413 for an oversized JSON body', async () => {
    const res = await ctx
      .agent()
      .post('/api/auth/login')
      .send({ email: 'a@example.test', password: 'x'.repeat(200_000) })
      .expect(413);
    expect(res.body.error).toBe('payload_too_large');
  });
});

describe('CSRF origin check', () => {
  it('refuses a state-changing request without Origin', async () => {
    const user = await createUser();
    const res = await request(ctx.url)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(403);
    expect(res.body.error).toBe('csrf_rejected');
  });

  it('refuses a request from another origin, even with a valid session', async () => {
    const user = await createUser();
    const agent = ctx.agent();
    await signIn(agent, user);
    const res = await agent.post('/api/auth/logout').set('Origin', 'https://evil.example').expect(403);
    expect(res.body.error).toBe('csrf_rejected');
    await agent.get('/api/auth/me').expect(200);
  });
});

describe('GET /api/auth/me and logout', () => {
  it('answers 401 to anonymous callers', async () => {
    const res = await request(ctx.url).get('/api/auth/me').expect(401);
    expect(res.body.error).toBe('unauthenticated');
  });

  it('signs out and ends the session', async () => {
    const user = await createUser();
    const agent = ctx.agent();
    await signIn(agent, user);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
  });

  it('ends an open session at once when the user is suspended', async () => {
    const user = await createUser();
    const agent = ctx.agent();
    await signIn(agent, user);
    await User.updateOne({ _id: user._id }, { $set: { status: 'suspended' } });
    await agent.get('/api/auth/me').expect(401);
  });
});

describe('POST /api/auth/password', () => {
  it('answers 401 to anonymous callers', async () => {
    await ctx
      .agent()
      .post('/api/auth/password')
      .send({ currentPassword: 'x', newPassword: 'long-enough-pass' })
      .expect(401);
  });

  it('refuses a wrong current password with 403 and a too-short new one with 400', async () => {
    const user = await createUser();
    const agent = ctx.agent();
    await signIn(agent, user);
    await agent
      .post('/api/auth/password')
      .send({ currentPassword: 'wrong-password', newPassword: 'long-enough-pass' })
      .expect(403);
    const short = await agent
      .post('/api/auth/password')
      .send({ currentPassword: user.password, newPassword: 'short' })
      .expect(400);
    expect(short.body.fields.newPassword).toMatch(/at least/);
  });

  it('changes the password, keeps this session and ends the other ones', async () => {
    const user = await createUser();
    const here = ctx.agent();
    const elsewhere = ctx.agent();
    await signIn(here, user);
    await signIn(elsewhere, user);
    await here
      .post('/api/auth/password')
      .send({ currentPassword: user.password, newPassword: 'a brand new passphrase' })
      .expect(200);
    await here.get('/api/auth/me').expect(200);
    await elsewhere.get('/api/auth/me').expect(401);
    await ctx
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(401);
    await signIn(ctx.agent(), { email: user.email, password: 'a brand new passphrase' });
    expect(
      await AuditEvent.countDocuments({ action: 'user.password-changed', targetId: String(user._id) }),
    ).toBe(1);
  });
});
