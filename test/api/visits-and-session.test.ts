/**
 * "Who am I" for every visitor (GET /api/auth/session), the previous visit recorded at sign-in,
 * and the catch-up page's "what changed since your last visit".
 */
import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createUser, signIn } from '../factories';
import { DocumentModel } from '../../server/models/Document';
import { User } from '../../server/models/User';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer();
});
afterAll(() => ctx.close());

describe('GET /api/auth/session', () => {
  it('answers 200 with user null for an anonymous visitor (GET /me keeps its 401)', async () => {
    const res = await request(ctx.url).get('/api/auth/session').expect(200);
    expect(res.body).toEqual({ user: null });
    expect(res.headers['cache-control']).toBe('no-store');
    await request(ctx.url).get('/api/auth/me').expect(401);
  });

  it('answers with the signed-in user', async () => {
    const agent = ctx.agent();
    const user = await createUser({ name: 'Sam Session' });
    await signIn(agent, user);
    const res = await agent.get('/api/auth/session').expect(200);
    expect(res.body.user).toMatchObject({ id: String(user._id), name: 'Sam Session' });
  });
});

describe('the previous visit and what changed since', () => {
  it('is null on a first sign-in, then the sign-in before, with the changes made in between', async () => {
    const user = await createUser({ role: 'observer' });
    const first = ctx.agent();
    const firstLogin = await signIn(first, user);
    expect(firstLogin.body.user.previousVisitAt).toBeNull();
    const catchUp = await first.get('/api/catch-up').expect(200);
    expect(catchUp.body.sinceLastVisit).toBeNull();

    const { lastSeenAt } = (await User.findById(user._id).lean())!;
    // Meanwhile: a public meeting, a members-only document, and a hosts-only meeting.
    await createMeeting({ title: 'Bucharest 2014 session', slug: 'bucharest-2014', visibility: 'public' });
    await DocumentModel.create({
      title: 'Hotline statistics 2014',
      kind: 'report',
      visibility: 'members',
      ownerId: user._id,
      currentVersion: 1,
    });
    await createMeeting({ title: 'Hosts planning', slug: 'hosts-planning', visibility: 'hosts' });

    const second = ctx.agent();
    const secondLogin = await signIn(second, user);
    expect(secondLogin.body.user.previousVisitAt).toBe(lastSeenAt!.toISOString());
    const session = await second.get('/api/auth/session').expect(200);
    expect(session.body.user.previousVisitAt).toBe(lastSeenAt!.toISOString());

    const res = await second.get('/api/catch-up').expect(200);
    expect(res.body.sinceLastVisit.since).toBe(lastSeenAt!.toISOString());
    const changes = res.body.sinceLastVisit.changes as { kind: string; title: string; link: string }[];
    expect(changes.map((c) => c.title).sort()).toEqual(['Bucharest 2014 session', 'Hotline statistics 2014']);
    expect(changes.find((c) => c.kind === 'meeting')).toMatchObject({
      what: 'Meeting recorded',
      link: '/meetings/bucharest-2014',
    });
  });
});
