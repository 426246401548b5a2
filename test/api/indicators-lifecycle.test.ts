/** Status transitions by role and state, consultations, positions, endorsement rules and overrides. */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { createIndicatorVia, moveTo } from '../helpers/indicators';
import { Indicator } from '../../server/models/Indicator';
import { Organisation } from '../../server/models/Organisation';
import { AuditEvent } from '../../server/models/AuditEvent';

type Caller = 'observer' | 'member' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller | 'member2' | 'member3' | 'nonMember', request.Agent>;
beforeAll(async () => {
  ctx = await startTestServer();
  // Only these organisations are members, so the quorum is predictable: 3 orgs → 2 responses needed.
  await Organisation.deleteMany({});
  const [a, b, c] = await Promise.all([
    createOrganisation({ category: 'civil-society', name: 'Alpha NGO' }),
    createOrganisation({ category: 'hotline', name: 'Beta Hotline' }),
    createOrganisation({ category: 'industry', name: 'Gamma Corp' }),
  ]);
  const outsider = await createOrganisation({ membership: 'non-member', name: 'Delta Observer Org' });
  const users: [keyof typeof agents, Parameters<typeof createUser>[0]][] = [
    ['observer', { role: 'observer', organisationId: a._id }],
    ['member', { role: 'member', organisationId: a._id }],
    ['member2', { role: 'member', organisationId: b._id }],
    ['member3', { role: 'member', organisationId: c._id }],
    ['nonMember', { role: 'member', organisationId: outsider._id }],
    ['host', { role: 'host', organisationId: c._id }],
  ];
  for (const [name, over] of users) {
    agents[name] = ctx.agent();
    await signIn(agents[name], await createUser(over));
  }
});
afterAll(() => ctx.close());

const soon = () => new Date(Date.now() + 7 * 864e5).toISOString();
const status = (code: string, as: request.Agent, body: Record<string, unknown>) =>
  as.post(`/api/indicators/${code}/status`).send({ reason: 'Because', ...body });
const position = (code: string, as: request.Agent, body: Record<string, unknown>) =>
  as.put(`/api/indicators/${code}/positions`).send(body);

/** A fresh indicator in the given state. */
async function indicatorIn(state: string): Promise<string> {
  const code = await createIndicatorVia(agents.member);
  const path = ['drafting', 'consultation', 'endorsed'];
  if (state === 'retired') {
    await moveTo(agents.host, code, 'retired');
    return code;
  }
  for (const step of path.slice(0, path.indexOf(state) + 1))
    await moveTo(agents.host, code, step, step === 'endorsed' ? { override: true } : {});
  return code;
}

describe('transition matrix', () => {
  const allowedFor: Record<string, Record<string, Caller[]>> = {
    proposed: { drafting: ['member', 'host'], consultation: [], endorsed: [], retired: ['host'] },
    drafting: { proposed: [], consultation: ['host'], endorsed: [], retired: ['host'] },
    consultation: { drafting: ['host'], endorsed: ['host'], retired: ['host'], proposed: [] },
    endorsed: { drafting: [], consultation: [], retired: ['host'] },
    retired: { drafting: [], proposed: [] },
  };
  const cases = Object.entries(allowedFor).flatMap(([from, tos]) =>
    Object.entries(tos).flatMap(([to, allowed]) =>
      (['observer', 'member', 'host'] as Caller[]).map((caller) => [from, to, caller, allowed] as const),
    ),
  );
  it.each(cases)('%s → %s as %s', async (from, to, caller, allowed) => {
    const code = await indicatorIn(from);
    const body: Record<string, unknown> = { to };
    if (to === 'consultation') body.closesAt = soon();
    if (to === 'endorsed') body.override = true;
    const res = await status(code, agents[caller], body);
    const exists = Object.values(allowed).length > 0;
    const expected = allowed.includes(caller) ? 200 : caller === 'observer' ? 403 : exists ? 403 : 409;
    expect(res.status).toBe(expected);
    const after = await Indicator.findOne({ code }).lean();
    expect(after!.status).toBe(expected === 200 ? to : from);
  });

  it('records every transition with who, when, why on the timeline', async () => {
    const code = await indicatorIn('drafting');
    const res = await status(code, agents.host, { to: 'retired', reason: 'Merged into CSAM-01' }).expect(200);
    expect(res.body.transitions.map((t: { to: string }) => t.to)).toEqual([
      'proposed',
      'drafting',
      'retired',
    ]);
    expect(res.body.transitions[2]).toMatchObject({
      from: 'drafting',
      reason: 'Merged into CSAM-01',
      by: { name: 'Test Person' },
      override: false,
    });
    expect(Date.parse(res.body.transitions[2].at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses bad transition input with 400', async () => {
    const code = await indicatorIn('drafting');
    await status(code, agents.host, { to: 'consultation' }).expect(400); // no closing date
    await status(code, agents.host, { to: 'consultation', closesAt: 'tomorrow' }).expect(400);
    await status(code, agents.host, {
      to: 'consultation',
      closesAt: new Date(Date.now() - 1000).toISOString(),
    }).expect(400);
    await status(code, agents.host, { to: 'retired', reason: '' }).expect(400);
    await status(code, agents.host, { to: 'paused' }).expect(400);
    await status(code, agents.host, { to: 'consultation', closesAt: soon(), revision: 5 }).expect(404);
  });
});

describe('consultation and positions', () => {
  it('freezes the revision it opened on while drafting goes on', async () => {
    const code = await indicatorIn('drafting');
    await agents.member.patch(`/api/indicators/${code}`).send({ baseRevision: 1, unit: 'Hours' }).expect(200);
    const opened = await status(code, agents.host, {
      to: 'consultation',
      closesAt: soon(),
      revision: 2,
    }).expect(200);
    expect(opened.body.consultation).toMatchObject({ revision: 2, round: 1, open: true });
    await agents.member.patch(`/api/indicators/${code}`).send({ baseRevision: 2, unit: 'Days' }).expect(200);
    await position(code, agents.member2, { stance: 'support' }).expect(200);
    const after = await agents.member.get(`/api/indicators/${code}`).expect(200);
    expect(after.body.currentRevision).toBe(3);
    expect(after.body.consultation.revision).toBe(2);
    const positions = await agents.member.get(`/api/indicators/${code}/positions`).expect(200);
    expect(positions.body.consultation.revision).toBe(2);
    expect(positions.body.items[0]).toMatchObject({ revision: 2, stance: 'support' });
  });

  it('keeps one position per organisation, changeable by any of its members until the close', async () => {
    const code = await indicatorIn('consultation');
    await position(code, agents.member, { stance: 'support' }).expect(200);
    // The host belongs to Gamma Corp; another member of Alpha NGO would change Alpha's position.
    const changed = await position(code, agents.member, {
      stance: 'abstain',
      comment: 'Need more time',
    }).expect(200);
    expect(changed.body.items).toHaveLength(1);
    expect(changed.body.mine).toMatchObject({
      stance: 'abstain',
      comment: 'Need more time',
      organisation: { name: 'Alpha NGO' },
    });
    const second = await position(code, agents.host, { stance: 'no-objection' }).expect(200);
    expect(
      second.body.items.map((p: { organisation: { name: string } }) => p.organisation.name).sort(),
    ).toEqual(['Alpha NGO', 'Gamma Corp']);
    // Closing date passed: no more changes.
    await Indicator.updateOne({ code }, { $set: { 'consultation.closesAt': new Date(Date.now() - 1000) } });
    const late = await position(code, agents.member, { stance: 'support' }).expect(409);
    expect(late.body.error).toBe('consultation_closed');
    const view = await agents.observer.get(`/api/indicators/${code}/positions`).expect(200);
    expect(view.body.consultation.open).toBe(false);
    expect(
      view.body.items.find((p: { organisation: { name: string } }) => p.organisation.name === 'Alpha NGO')
        .stance,
    ).toBe('abstain');
  });

  it('requires a comment with a concern, and refuses positions outside a consultation or for non-members', async () => {
    const code = await indicatorIn('consultation');
    const bare = await position(code, agents.member, { stance: 'concern' }).expect(400);
    expect(bare.body.fields.comment).toMatch(/comment/);
    await position(code, agents.member, { stance: 'concern', comment: '   ' }).expect(400);
    await position(code, agents.member, { stance: 'maybe' }).expect(400);
    await position(code, agents.member, { stance: 'support', organisationId: '0'.repeat(24) }).expect(400);
    await position(code, agents.nonMember, { stance: 'support' }).expect(403);
    await position(code, agents.observer, { stance: 'support' }).expect(403);
    const drafting = await indicatorIn('drafting');
    await position(drafting, agents.member, { stance: 'support' }).expect(409);
  });

  it('summarises by constituency with non-respondents and open concerns', async () => {
    const code = await indicatorIn('consultation');
    await position(code, agents.member, { stance: 'support' }).expect(200);
    const res = await position(code, agents.member2, {
      stance: 'concern',
      comment: 'Verification differs',
    }).expect(200);
    const s = res.body.summary;
    expect(s).toMatchObject({
      memberOrganisations: 3,
      responded: 2,
      quorum: { fraction: 0.5, required: 2, met: true },
    });
    expect(s.totals).toEqual({ support: 1, 'no-objection': 0, concern: 1, abstain: 0 });
    expect(s.notResponded.map((o: { name: string }) => o.name)).toEqual(['Gamma Corp']);
    expect(s.openConcerns).toHaveLength(1);
    expect(s.openConcerns[0]).toMatchObject({
      comment: 'Verification differs',
      organisation: { name: 'Beta Hotline' },
    });
    const byCat = Object.fromEntries(s.byConstituency.map((c: { category: string }) => [c.category, c]));
    expect(byCat['civil-society']).toMatchObject({ support: 1, notResponded: 0 });
    expect(byCat.hotline).toMatchObject({ concern: 1 });
    expect(byCat.industry).toMatchObject({ notResponded: 1 });
    expect(s.endorsable).toBe(false);
  });
});

describe('endorsement', () => {
  it('is refused with an open concern or without quorum, and allowed once both are met', async () => {
    const code = await indicatorIn('consultation');
    await position(code, agents.member, { stance: 'support' }).expect(200);
    const noQuorum = await status(code, agents.host, { to: 'endorsed' }).expect(409);
    expect(noQuorum.body.message).toMatch(/quorum not met/);
    await position(code, agents.member2, { stance: 'concern', comment: 'Not yet' }).expect(200);
    const blocked = await status(code, agents.host, { to: 'endorsed' }).expect(409);
    expect(blocked.body.message).toMatch(/1 open concern/);
    // The concern is withdrawn by its organisation: the rules now allow endorsement.
    await position(code, agents.member2, { stance: 'no-objection' }).expect(200);
    const ok = await status(code, agents.host, { to: 'endorsed', reason: 'Consensus reached' }).expect(200);
    expect(ok.body.status).toBe('endorsed');
    expect(ok.body.transitions.at(-1)).toMatchObject({ to: 'endorsed', override: false, revision: 1 });
    // Endorsed drafts are not edited, and the consultation is over.
    await agents.member.patch(`/api/indicators/${code}`).send({ baseRevision: 1, unit: 'x' }).expect(409);
    await position(code, agents.member, { stance: 'abstain' }).expect(409);
  });

  it('lets a host override with a recorded reason', async () => {
    const code = await indicatorIn('consultation');
    await position(code, agents.member2, { stance: 'concern', comment: 'Blocking' }).expect(200);
    const res = await status(code, agents.host, {
      to: 'endorsed',
      override: true,
      reason: 'Ministerial deadline; concern to be handled in the next revision',
    }).expect(200);
    const last = res.body.transitions.at(-1);
    expect(last.override).toBe(true);
    expect(last.reason).toMatch(/^Ministerial deadline.*\(override: 1 open concern\(s\) and quorum not met/);
    const audit = await AuditEvent.findOne({
      action: 'indicator.endorsement-overridden',
      'details.code': code,
    }).lean();
    expect(audit).not.toBeNull();
  });
});
