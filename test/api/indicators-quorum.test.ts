/** The endorsement quorum comes from INDICATOR_QUORUM (a fraction of member organisations). */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { createIndicatorVia, moveTo } from '../helpers/indicators';
import { Organisation } from '../../server/models/Organisation';
import { loadConfig } from '../../server/config';

let ctx: TestContext;
let host: request.Agent;
let first: request.Agent;
let second: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer({ INDICATOR_QUORUM: '1' });
  await Organisation.deleteMany({});
  const [a, b] = await Promise.all([createOrganisation(), createOrganisation({ category: 'hotline' })]);
  [host, first, second] = [ctx.agent(), ctx.agent(), ctx.agent()];
  await signIn(host, await createUser({ role: 'host' }));
  await signIn(first, await createUser({ role: 'member', organisationId: a._id }));
  await signIn(second, await createUser({ role: 'member', organisationId: b._id }));
});
afterAll(() => ctx.close());

describe('quorum', () => {
  it('parses INDICATOR_QUORUM as a fraction above 0 and at most 1, default one half', () => {
    expect(loadConfig({}).indicatorQuorum).toBe(0.5);
    expect(loadConfig({ INDICATOR_QUORUM: '0.75' }).indicatorQuorum).toBe(0.75);
    expect(() => loadConfig({ INDICATOR_QUORUM: '0' })).toThrow(/INDICATOR_QUORUM/);
    expect(() => loadConfig({ INDICATOR_QUORUM: '1.5' })).toThrow(/INDICATOR_QUORUM/);
  });

  it('needs every member organisation when the quorum is 1', async () => {
    const code = await createIndicatorVia(first);
    await moveTo(host, code, 'drafting');
    await moveTo(host, code, 'consultation');
    const one = await first.put(`/api/indicators/${code}/positions`).send({ stance: 'support' }).expect(200);
    expect(one.body.summary.quorum).toEqual({ fraction: 1, required: 2, met: false });
    await host.post(`/api/indicators/${code}/status`).send({ to: 'endorsed', reason: 'Try' }).expect(409);
    const two = await second.put(`/api/indicators/${code}/positions`).send({ stance: 'abstain' }).expect(200);
    expect(two.body.summary).toMatchObject({ quorum: { required: 2, met: true }, endorsable: true });
    await host
      .post(`/api/indicators/${code}/status`)
      .send({ to: 'endorsed', reason: 'All responded' })
      .expect(200);
  });
});
