/** E-mail preferences and one-click unsubscribe: anonymous, wrong role, bad input, success. */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { unsubscribeUrl } from '../../server/features/email/context';
import { loadConfig } from '../../server/config';

let ctx: TestContext;
const agents = {} as Record<'anonymous' | 'observer' | 'member' | 'host', request.Agent>;
let member: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  ctx = await startTestServer();
  agents.anonymous = ctx.agent();
  for (const role of ['observer', 'member', 'host'] as const) {
    agents[role] = ctx.agent();
    const user = await createUser({ role });
    if (role === 'member') member = user;
    await signIn(agents[role], user);
  }
});
afterAll(() => ctx.close());

const topicsOf = (body: { topics: { topic: string; frequency: string }[] }) =>
  Object.fromEntries(body.topics.map((t) => [t.topic, t.frequency]));

describe('GET/PUT /api/email-preferences', () => {
  it('refuses anonymous callers', async () => {
    await agents.anonymous.get('/api/email-preferences').expect(401);
    await agents.anonymous
      .put('/api/email-preferences')
      .send({ topics: { mention: 'off' } })
      .expect(401);
  });

  it('shows defaults, with hosts-only topics for hosts only', async () => {
    const m = await agents.member.get('/api/email-preferences').expect(200);
    expect(topicsOf(m.body)).toMatchObject({ mention: 'instant', activity: 'weekly' });
    expect(topicsOf(m.body)['application-received']).toBeUndefined();
    expect(m.body.enabled).toBe(false); // no SMTP server in this file
    const h = await agents.host.get('/api/email-preferences').expect(200);
    expect(topicsOf(h.body)['application-received']).toBe('instant');
  });

  it('refuses hosts-only topics to other roles (403)', async () => {
    await agents.observer
      .put('/api/email-preferences')
      .send({ topics: { 'application-received': 'off' } })
      .expect(403);
    await agents.member
      .put('/api/email-preferences')
      .send({ topics: { 'report-proposed': 'daily' } })
      .expect(403);
  });

  it('answers bad input with 400', async () => {
    for (const body of [
      {},
      { topics: {} },
      { topics: { mention: 'hourly' } },
      { topics: { nonsense: 'off' } },
      { topics: { activity: 'instant' } },
      { topics: { mention: 'off' }, extra: 1 },
    ]) {
      const res = await agents.member.put('/api/email-preferences').send(body);
      expect(res.status).toBe(400);
    }
  });

  it('stores the caller’s choices and keeps the others', async () => {
    const res = await agents.observer
      .put('/api/email-preferences')
      .send({ topics: { mention: 'weekly' } })
      .expect(200);
    expect(topicsOf(res.body)).toMatchObject({ mention: 'weekly', reply: 'instant' });
    expect(topicsOf((await agents.observer.get('/api/email-preferences').expect(200)).body).mention).toBe(
      'weekly',
    );
    expect(topicsOf((await agents.member.get('/api/email-preferences').expect(200)).body).mention).toBe(
      'instant',
    );
  });
});

describe('one-click unsubscribe', () => {
  const config = () => loadConfig({ NODE_ENV: 'test', MONGODB_URI: 'mongodb://unused/x' });
  const tokenFor = (topics: ('mention' | 'activity')[]) =>
    new URL(unsubscribeUrl(config(), member._id, topics)).searchParams.get('token')!;

  it('turns the link’s topics off without signing in, by a POST without Origin (RFC 8058)', async () => {
    const token = tokenFor(['mention', 'activity']);
    const preview = await ctx.agent().get(`/api/email/unsubscribe?token=${token}`).expect(200);
    expect(preview.body.topics.map((t: { topic: string }) => t.topic)).toEqual(['mention', 'activity']);
    // GET changes nothing.
    expect(topicsOf((await agents.member.get('/api/email-preferences')).body).mention).toBe('instant');
    const { default: request } = await import('supertest');
    await request(ctx.url)
      .post(`/api/email/unsubscribe?token=${token}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200, { unsubscribed: ['mention', 'activity'] });
    const after = topicsOf((await agents.member.get('/api/email-preferences')).body);
    expect(after).toMatchObject({ mention: 'off', activity: 'off', reply: 'instant' });
  });

  it('refuses forged tokens (404) and malformed ones (400)', async () => {
    const [body, sig] = tokenFor(['mention']).split('.');
    const forgedBody = Buffer.from(JSON.stringify({ u: String(member._id), t: ['reply'] })).toString(
      'base64url',
    );
    await ctx.agent().post(`/api/email/unsubscribe?token=${forgedBody}.${sig}`).expect(404);
    await ctx
      .agent()
      .post(`/api/email/unsubscribe?token=${body}.${'A'.repeat(43)}`)
      .expect(404);
    await ctx.agent().post('/api/email/unsubscribe?token=nonsense').expect(400);
    await ctx.agent().post('/api/email/unsubscribe').expect(400);
    await ctx.agent().get('/api/email/unsubscribe?token=x.y').expect(400);
  });
});
