/** Catalogue, revisions, the stale-save conflict, diffs and exports. */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { createIndicatorVia, newCode } from '../helpers/indicators';
import { IndicatorRevision } from '../../server/models/IndicatorRevision';
import { Indicator } from '../../server/models/Indicator';
import { AuditEvent } from '../../server/models/AuditEvent';

let ctx: TestContext;
let alice: request.Agent;
let bob: request.Agent;
let host: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  [alice, bob, host] = [ctx.agent(), ctx.agent(), ctx.agent()];
  await signIn(alice, await createUser({ role: 'member', name: 'Alice Author' }));
  await signIn(bob, await createUser({ role: 'member', name: 'Bob Builder' }));
  await signIn(host, await createUser({ role: 'host' }));
});
afterAll(() => ctx.close());

describe('revisions', () => {
  it('creates revision 1 and appends a full snapshot on every save', async () => {
    const code = await createIndicatorVia(alice);
    const first = await alice.get(`/api/indicators/${code}`).expect(200);
    expect(first.body).toMatchObject({ code, status: 'proposed', currentRevision: 1 });
    expect(first.body.fields.definition).toBe('The time between a confirmed report and removal.');

    const saved = await alice
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, note: 'Sharper unit', unit: 'Hours' })
      .expect(200);
    expect(saved.body.currentRevision).toBe(2);
    expect(saved.body.revision).toMatchObject({ number: 2, note: 'Sharper unit', changedFields: ['unit'] });
    // A snapshot, not a delta: untouched fields are carried over.
    const stored = await IndicatorRevision.find({ indicatorId: (await Indicator.findOne({ code }))!._id })
      .sort({ number: 1 })
      .lean();
    expect(stored.map((r) => r.number)).toEqual([1, 2]);
    expect(stored[1]!.fields.definition).toBe('The time between a confirmed report and removal.');
    expect(stored[1]!.fields.unit).toBe('Hours');
    expect(stored[0]!.fields.unit).toBe('');

    const list = await alice.get(`/api/indicators/${code}/revisions?limit=1`).expect(200);
    expect(list.body.items.map((r: { number: number }) => r.number)).toEqual([2]);
    const next = await alice.get(`/api/indicators/${code}/revisions?limit=1&cursor=${list.body.nextCursor}`);
    expect(next.body.items.map((r: { number: number }) => r.number)).toEqual([1]);
    expect(next.body.nextCursor).toBeNull();
  });

  it('answers a stale save with 409 and the latest revision, loses nothing, then takes the merged save', async () => {
    const code = await createIndicatorVia(alice);
    // Both start from revision 1; Alice saves first.
    await alice
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, computation: 'Subtract the first notice time from the removal time.' })
      .expect(200);
    const stale = await bob
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, limitations: 'Removal checks differ between hotlines.' })
      .expect(409);
    expect(stale.body.error).toBe('conflict');
    expect(stale.body.message).toMatch(/Revision 2 was saved by Alice Author/);
    expect(stale.body.latest).toMatchObject({ number: 2, author: { name: 'Alice Author' } });
    expect(stale.body.latest.fields.computation).toBe(
      'Subtract the first notice time from the removal time.',
    );
    // Nothing was written by the stale save.
    const current = await bob.get(`/api/indicators/${code}`).expect(200);
    expect(current.body.currentRevision).toBe(2);
    expect(current.body.fields.limitations).toBe('');

    // Bob merges on top of revision 2: both changes end up in revision 3.
    const merged = await bob
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 2, note: 'Merged', limitations: 'Removal checks differ between hotlines.' })
      .expect(200);
    expect(merged.body.currentRevision).toBe(3);
    expect(merged.body.fields.computation).toBe('Subtract the first notice time from the removal time.');
    expect(merged.body.fields.limitations).toBe('Removal checks differ between hotlines.');
    const diff = await bob.get(`/api/indicators/${code}/diff?from=1&to=3`).expect(200);
    expect(
      diff.body.fields.filter((f: { changed: boolean }) => f.changed).map((f: { field: string }) => f.field),
    ).toEqual(['computation', 'limitations']);
  });

  it('lets only one of many concurrent saves on the same base win', async () => {
    const code = await createIndicatorVia(alice);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? alice : bob).patch(`/api/indicators/${code}`).send({ baseRevision: 1, unit: `Unit ${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const revisions = await alice.get(`/api/indicators/${code}/revisions`).expect(200);
    expect(revisions.body.items).toHaveLength(2);
  });

  it('refuses empty saves, unknown fields, future bases and operator injection with 400', async () => {
    const code = await createIndicatorVia(alice);
    await alice.patch(`/api/indicators/${code}`).send({ baseRevision: 1 }).expect(400);
    await alice.patch(`/api/indicators/${code}`).send({ unit: 'x' }).expect(400);
    await alice
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, status: 'endorsed', unit: 'x' })
      .expect(400);
    await alice.patch(`/api/indicators/${code}`).send({ baseRevision: 9, unit: 'x' }).expect(400);
    await alice
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, title: { $ne: '' } })
      .expect(400);
    const same = await alice
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, computation: 'Subtract the report time from the removal time.' })
      .expect(400);
    expect(same.body.message).toMatch(/Nothing changed/);
    await alice
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, custodianId: '0'.repeat(24) })
      .expect(400);
  });
});

describe('visibility', () => {
  it('lets hosts, and the creator while proposed or drafting, change who reads an indicator', async () => {
    const code = await createIndicatorVia(alice, { visibility: 'members' });
    const url = `/api/indicators/${code}/visibility`;
    expect((await alice.get(`/api/indicators/${code}`).expect(200)).body.can.changeVisibility).toBe(true);
    expect((await bob.get(`/api/indicators/${code}`).expect(200)).body.can.changeVisibility).toBe(false);

    const made = await alice.put(url).send({ visibility: 'public' }).expect(200);
    expect(made.body).toMatchObject({ code, visibility: 'public' });
    await ctx.agent().get(`/api/indicators/${code}`).expect(200);
    // Only hosts restrict an indicator to hosts; other members may not change someone else's draft.
    await alice.put(url).send({ visibility: 'hosts' }).expect(403);
    await bob.put(url).send({ visibility: 'members' }).expect(403);

    // From consultation on, the audience is the hosts' call, even for the creator.
    await host.post(`/api/indicators/${code}/status`).send({ to: 'drafting', reason: 'Start' }).expect(200);
    await alice.put(url).send({ visibility: 'members' }).expect(200);
    await host
      .post(`/api/indicators/${code}/status`)
      .send({ to: 'consultation', reason: 'Consult', closesAt: new Date(Date.now() + 864e5).toISOString() })
      .expect(200);
    await alice.put(url).send({ visibility: 'public' }).expect(403);

    await host.put(url).send({ visibility: 'hosts' }).expect(200);
    await alice.get(`/api/indicators/${code}`).expect(404);
    await alice.put(url).send({ visibility: 'members' }).expect(404);
    const audit = await AuditEvent.find({ action: 'indicator.visibility-changed' }).sort({ _id: 1 }).lean();
    expect(audit.filter((e) => e.details.code === code).map((e) => e.details.to)).toEqual([
      'public',
      'members',
      'hosts',
    ]);
  });
});

describe('diff', () => {
  it('gives a word-level, field-by-field diff with custodians by name', async () => {
    const org = await createOrganisation({ name: 'Internet Watch Foundation' });
    const code = await createIndicatorVia(alice);
    await alice
      .patch(`/api/indicators/${code}`)
      .send({
        baseRevision: 1,
        custodianId: String(org._id),
        computation: 'Subtract the first notice time from the verified removal time.',
      })
      .expect(200);
    const res = await alice.get(`/api/indicators/${code}/diff?from=1&to=2`).expect(200);
    expect(res.body.from.number).toBe(1);
    expect(res.body.to.number).toBe(2);
    const byField = Object.fromEntries(res.body.fields.map((f: { field: string }) => [f.field, f]));
    expect(byField.title.changed).toBe(false);
    expect(byField.custodianId.segments).toEqual([{ type: 'insert', text: 'Internet Watch Foundation' }]);
    const seg = byField.computation.segments as { type: string; text: string }[];
    expect(seg.filter((s) => s.type === 'delete').map((s) => s.text.trim())).toEqual(['report']);
    expect(seg.filter((s) => s.type === 'insert').map((s) => s.text.trim())).toEqual([
      'first notice',
      'verified',
    ]);
    await alice.get(`/api/indicators/${code}/diff?from=1&to=7`).expect(404);
    await alice.get(`/api/indicators/${code}/diff?from=x&to=2`).expect(400);
  });
});

describe('catalogue', () => {
  it('lists by code with filters and search, and refuses a taken code', async () => {
    const org = await createOrganisation();
    const prefix = `Z${Date.now().toString(36).toUpperCase().slice(-5)}`;
    await createIndicatorVia(alice, { code: `${prefix}-01`, title: 'Victim age profile', tier: 'I' });
    await createIndicatorVia(alice, {
      code: `${prefix}-02`,
      title: 'Payment disruption',
      custodianId: String(org._id),
    });
    await alice
      .post('/api/indicators')
      .send({ code: `${prefix}-01`, title: 'Duplicate' })
      .expect(409);
    const search = await alice.get(`/api/indicators?q=${prefix}`).expect(200);
    expect(search.body.items.map((i: { code: string }) => i.code)).toEqual([`${prefix}-01`, `${prefix}-02`]);
    const byTitle = await alice.get(`/api/indicators?q=age profile`).expect(200);
    expect(byTitle.body.items.map((i: { code: string }) => i.code)).toContain(`${prefix}-01`);
    const byCustodian = await alice.get(`/api/indicators?custodian=${org._id}`).expect(200);
    expect(byCustodian.body.items).toHaveLength(1);
    expect(byCustodian.body.items[0].custodian.name).toBe(org.name);
    const tierI = await alice.get(`/api/indicators?tier=I&q=${prefix}`).expect(200);
    expect(tierI.body.items.map((i: { code: string }) => i.code)).toEqual([`${prefix}-01`]);
    const proposed = await alice.get('/api/indicators?status=endorsed').expect(200);
    expect(proposed.body.items).toEqual([]);
    const paged = await alice.get(`/api/indicators?q=${prefix}&limit=1`).expect(200);
    expect(paged.body.nextCursor).toEqual(expect.any(String));
    await alice.get('/api/indicators?status=finished').expect(400);
    await alice.post('/api/indicators').send({ code: 'not a code', title: 'Valid title' }).expect(400);
  });
});

describe('exports', () => {
  it('exports metadata as Markdown and JSON and the catalogue as CSV', async () => {
    const code = newCode();
    await createIndicatorVia(alice, {
      code,
      title: 'Reports, "processed" by hotlines',
      rationale: 'Scale matters.',
      visibility: 'public',
    });
    const md = await ctx.agent().get(`/api/indicators/${code}/export.md`).expect(200);
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.headers['content-disposition']).toContain(`${code}.md`);
    expect(md.text).toContain(`# ${code}: Reports, "processed" by hotlines`);
    expect(md.text).toContain('### Rationale\n\n¶2 Scale matters.');
    expect(md.text).toContain('### Limitations\n\n_Not written yet._');
    const json = await ctx.agent().get(`/api/indicators/${code}/export.json`).expect(200);
    expect(json.body).toMatchObject({ code, fields: { rationale: 'Scale matters.' } });
    expect(json.body.paragraphs[1]).toMatchObject({ field: 'rationale', number: 2, text: 'Scale matters.' });
    expect(json.body.can).toBeUndefined();
    const csv = await alice.get('/api/indicators/export.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe(
      'code,title,status,tier,custodian,visibility,revision,last_revised_at',
    );
    expect(csv.text).toContain(`${code},"Reports, ""processed"" by hotlines",proposed,II,,public,1,`);
  });
});
