/**
 * The audit log names the items its details hold by id — organisations (a position's organisation,
 * a person moved between organisations), invitations — with a link, as it names targets; an item
 * deleted since is named null; details holding no id, and old odd values, come back as stored.
 * Only hosts read it.
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { recordAudit } from '../../server/features/audit/audit';
import { Organisation } from '../../server/models/Organisation';
import type { AuditEventDto } from '../../shared/schemas/audit';

let ctx: TestContext;
let host: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  host = ctx.agent();
  await signIn(host, await createUser({ role: 'host', name: 'Dora Details', email: 'dora@example.test' }));
});
afterAll(() => ctx.close());

const events = async (query: string) =>
  (await host.get(`/api/audit?${query}`).expect(200)).body.items as AuditEventDto[];

describe('GET /api/audit: ids in details', () => {
  it('names the organisation a person was moved to (a real change through the users route)', async () => {
    const org = await createOrganisation({ name: 'Detail Hotline', slug: 'detail-hotline' });
    const person = await createUser({ name: 'Moved Person', email: 'moved@example.test' });
    await host
      .patch(`/api/users/${person._id}`)
      .send({ organisationId: String(org._id) })
      .expect(200);

    const [event] = await events(`action=user.organisation-changed&targetId=${person._id}`);
    expect(event!.details).toEqual({ from: null, to: String(org._id) });
    expect(event!.named).toEqual({
      to: { type: 'organisation', name: 'Detail Hotline', link: '/admin/organisations/detail-hotline' },
    });
  });

  it('names organisation ids and invitations, says when one is gone, and leaves other values as stored', async () => {
    const actor = await createUser({ name: 'Pia Positions', email: 'pia@example.test' });
    const org = await createOrganisation({ name: 'Safer Net', slug: 'safer-net' });
    const gone = await createOrganisation({ name: 'Gone Org', slug: 'gone-org' });
    await Organisation.deleteOne({ _id: gone._id });
    await recordAudit({
      actorId: actor._id,
      action: 'indicator.position-recorded',
      targetType: 'indicator',
      targetId: '0123456789abcdef01234567',
      details: { code: 'CSAM-01', round: 2, organisationId: String(org._id), stance: 'support' },
    });
    await recordAudit({
      actorId: actor._id,
      action: 'application.approved',
      details: { organisationId: String(gone._id) },
    });
    // An old event: a value that is no id, and a `from`/`to` of an action whose ids are not items.
    await recordAudit({
      actorId: actor._id,
      action: 'user.role-changed',
      details: { from: 'member', to: 'host', organisationId: 'not-an-id' },
    });

    const byAction = Object.fromEntries((await events('actorName=pia')).map((e) => [e.action, e]));
    expect(byAction['indicator.position-recorded']).toMatchObject({
      details: { code: 'CSAM-01', round: 2, organisationId: String(org._id), stance: 'support' },
      named: {
        organisationId: { type: 'organisation', name: 'Safer Net', link: '/admin/organisations/safer-net' },
      },
    });
    expect(byAction['application.approved']!.named).toEqual({
      organisationId: { type: 'organisation', name: null, link: null },
    });
    expect(byAction['user.role-changed']).toMatchObject({
      details: { from: 'member', to: 'host', organisationId: 'not-an-id' },
      named: {},
    });
  });

  it('names the invitation an accepted invitation came from', async () => {
    const invited = await host
      .post('/api/invitations')
      .send({ email: 'named-invitee@example.test', role: 'member' })
      .expect(201);
    const invitationId = String(invited.body.invitation.id);
    const actor = await createUser({ name: 'Ina Invited', email: 'ina@example.test' });
    await recordAudit({
      actorId: actor._id,
      action: 'invitation.accepted',
      targetType: 'user',
      targetId: actor._id,
      details: { invitationId, role: 'member' },
    });
    const [event] = await events('actorName=ina');
    expect(event!.named).toEqual({
      invitationId: { type: 'invitation', name: 'named-invitee@example.test', link: '/admin/invitations' },
    });
  });
});

describe('GET /api/audit: who may read it', () => {
  it('refuses anonymous readers (401), members and observers (403)', async () => {
    await ctx.agent().get('/api/audit').expect(401);
    for (const role of ['member', 'observer'] as const) {
      const agent = ctx.agent();
      await signIn(agent, await createUser({ role }));
      const res = await agent.get('/api/audit').expect(403);
      expect(res.body).not.toHaveProperty('items');
    }
  });
});
