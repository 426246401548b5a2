/** The audit log names its actors and targets, links to them, finds actors by name and shows plain IPs. */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createOrganisation, createUser, signIn } from '../factories';
import { recordAudit } from '../../server/features/audit/audit';
import { Organisation } from '../../server/models/Organisation';
import { User } from '../../server/models/User';

let ctx: TestContext;
let host: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  host = ctx.agent();
  await signIn(host, await createUser({ role: 'host', name: 'Hana Host', email: 'hana@example.test' }));
});
afterAll(() => ctx.close());

describe('GET /api/audit', () => {
  it('names targets with a link to their page, and says when one no longer exists', async () => {
    const actor = await createUser({ name: 'Ada Auditor', email: 'ada@example.test' });
    const org = await createOrganisation({ name: 'Hotline Network', slug: 'hotline-network' });
    const meeting = await createMeeting({ title: 'Bucharest 2014', slug: 'bucharest-2014' });
    await recordAudit({
      actorId: actor._id,
      action: 'organisation.created',
      targetType: 'organisation',
      targetId: org._id,
    });
    await recordAudit({
      actorId: actor._id,
      action: 'meeting.created',
      targetType: 'meeting',
      targetId: meeting._id,
      ip: '::ffff:10.1.2.3',
    });
    await recordAudit({
      actorId: actor._id,
      action: 'user.suspended',
      targetType: 'user',
      targetId: '0123456789abcdef01234567',
      ip: '::1',
    });

    const res = await host.get('/api/audit?actorName=ada').expect(200);
    const byAction = Object.fromEntries(
      res.body.items.map((e: { action: string }) => [e.action, e] as const),
    ) as Record<string, { target: unknown; ip: string | null; actor: unknown }>;
    expect(res.body.items).toHaveLength(3);
    expect(byAction['organisation.created']!.target).toEqual({
      name: 'Hotline Network',
      link: '/admin/organisations/hotline-network',
    });
    expect(byAction['meeting.created']).toMatchObject({
      target: { name: 'Bucharest 2014', link: '/meetings/bucharest-2014' },
      ip: '10.1.2.3',
      actor: { name: 'Ada Auditor', email: 'ada@example.test' },
    });
    expect(byAction['user.suspended']).toMatchObject({ target: { name: null, link: null }, ip: '::1' });
  });

  it('finds actors by name or email, case-insensitively and literally', async () => {
    const byEmail = await host.get('/api/audit?actorName=HANA%40EXAMPLE').expect(200);
    expect(byEmail.body.items.length).toBeGreaterThan(0);
    expect(byEmail.body.items.every((e: { actor: { name: string } }) => e.actor.name === 'Hana Host')).toBe(
      true,
    );
    const none = await host.get('/api/audit?actorName=.*').expect(200);
    expect(none.body.items).toEqual([]);
  });
  it('shows a renamed person or organisation at once, though names are kept between pages', async () => {
    const actor = await createUser({ name: 'Rita Renamed', email: 'rita@example.test' });
    const org = await createOrganisation({ name: 'Old Name Org', slug: 'old-name-org' });
    await recordAudit({
      actorId: actor._id,
      action: 'organisation.updated',
      targetType: 'organisation',
      targetId: org._id,
    });
    const page = async () => (await host.get('/api/audit?actorName=rita').expect(200)).body.items[0];
    expect(await page()).toMatchObject({ actor: { name: 'Rita Renamed' }, target: { name: 'Old Name Org' } });
    await User.updateOne({ _id: actor._id }, { $set: { name: 'Rita Later' } });
    await Organisation.updateOne({ _id: org._id }, { $set: { name: 'New Name Org' } });
    expect(await page()).toMatchObject({ actor: { name: 'Rita Later' }, target: { name: 'New Name Org' } });
  });
});
