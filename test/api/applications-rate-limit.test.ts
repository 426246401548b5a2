import { startTestServer, type TestContext } from '../helpers/server';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer({ APPLY_IP_LIMIT: '2' });
});
afterAll(() => ctx.close());

const application = (n: number) => ({
  organisationName: `Flooding Org ${n}`,
  category: 'other',
  country: 'Nowhere',
  contactName: 'Flo Od',
  contactEmail: `flood-${n}@example.test`,
  motivation: 'We would like to join the coalition and help with the indicators work.',
});

describe('application rate limit', () => {
  it('refuses floods from one address with 429 and stores nothing more', async () => {
    await ctx.agent().post('/api/applications').send(application(1)).expect(201);
    await ctx.agent().post('/api/applications').send(application(2)).expect(201);
    const res = await ctx.agent().post('/api/applications').send(application(3)).expect(429);
    expect(res.body.error).toBe('too_many_requests');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
