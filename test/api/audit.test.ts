import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { AuditEvent } from '../../server/models/AuditEvent';

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

describe('audit log', () => {
  it('records sign-in failures with IP and lets hosts filter by action and actor, newest first', async () => {
    const user = await createUser();
    await ctx
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'wrong password!' })
      .expect(401);
    await host.post('/api/invitations').send({ email: 'audited@example.test', role: 'observer' }).expect(201);
    const failures = await host.get('/api/audit?action=login.failed').expect(200);
    expect(failures.body.items[0]).toMatchObject({
      action: 'login.failed',
      targetId: String(user._id),
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    const mine = await host.get(`/api/audit?actor=${hostId}`).expect(200);
    expect(mine.body.items.map((e: { action: string }) => e.action)).toContain('user.invited');
    expect(mine.body.items.every((e: { actor: { id: string } }) => e.actor.id === hostId)).toBe(true);
    const times = mine.body.items.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('paginates with a cursor and filters by date', async () => {
    for (let i = 0; i < 3; i++)
      await AuditEvent.create({ action: 'test.paging', at: new Date(Date.UTC(2020, 0, 1 + i)) });
    const first = await host.get('/api/audit?action=test.paging&limit=2').expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await host
      .get(`/api/audit?action=test.paging&limit=2&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].at).toBe('2020-01-01T00:00:00.000Z');
    const dated = await host
      .get('/api/audit?action=test.paging&from=2020-01-02&to=2020-01-02T23:59:59Z')
      .expect(200);
    expect(dated.body.items.map((e: { at: string }) => e.at)).toEqual(['2020-01-02T00:00:00.000Z']);
  });

  it('has no route that changes or deletes it, and the model refuses updates', async () => {
    const [event] = (await host.get('/api/audit?limit=1').expect(200)).body.items;
    await host.delete(`/api/audit/${event.id}`).expect(404);
    await host.patch(`/api/audit/${event.id}`).send({ action: 'x' }).expect(404);
    await host.delete('/api/audit').expect(404);
    await expect(AuditEvent.updateOne({ _id: event.id }, { $set: { action: 'tampered' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(AuditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it('rejects bad filters', async () => {
    await host.get('/api/audit?action=DROP TABLE').expect(400);
    await host.get('/api/audit?from=not-a-date').expect(400);
    await host.get('/api/audit?actor=123').expect(400);
  });
});
