/** Glossary: permission matrix, search and the draft → agreed lifecycle. */
import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { AuditEvent } from '../../server/models/AuditEvent';

type Caller = 'anonymous' | 'observer' | 'member' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
beforeAll(async () => {
  ctx = await startTestServer();
  agents.anonymous = ctx.agent();
  for (const role of ['observer', 'member', 'host'] as const) {
    agents[role] = ctx.agent();
    await signIn(agents[role], await createUser({ role }));
  }
});
afterAll(() => ctx.close());

let n = 0;
const propose = async (over: Record<string, unknown> = {}, as: Caller = 'member') =>
  (
    await agents[as]
      .post('/api/terms')
      .send({ term: `Term number ${++n}`, definition: 'A working definition for tests.', ...over })
      .expect(201)
  ).body as { slug: string; [k: string]: unknown };
const agreed = async () => {
  const t = await propose();
  await agents.host.patch(`/api/terms/${t.slug}`).send({ status: 'agreed' }).expect(200);
  return t;
};

const callers: Caller[] = ['anonymous', 'observer', 'member', 'host'];
const rows: [string, (a: request.Agent) => Promise<request.Response>, Record<Caller, number>][] = [
  ['list', (a) => a.get('/api/terms'), { anonymous: 200, observer: 200, member: 200, host: 200 }],
  [
    'read a public term',
    async (a) => a.get(`/api/terms/${(await propose()).slug}`),
    { anonymous: 200, observer: 200, member: 200, host: 200 },
  ],
  [
    'read a members-only term',
    async (a) => a.get(`/api/terms/${(await propose({ visibility: 'members' })).slug}`),
    { anonymous: 404, observer: 200, member: 200, host: 200 },
  ],
  [
    'propose',
    (a) => a.post('/api/terms').send({ term: `Proposed ${++n}`, definition: 'Something worth defining.' }),
    { anonymous: 401, observer: 403, member: 201, host: 201 },
  ],
  [
    'edit a draft',
    async (a) => a.patch(`/api/terms/${(await propose()).slug}`).send({ notes: 'More context' }),
    { anonymous: 401, observer: 403, member: 200, host: 200 },
  ],
  [
    'edit an agreed term',
    async (a) => a.patch(`/api/terms/${(await agreed()).slug}`).send({ notes: 'More context' }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'mark agreed',
    async (a) => a.patch(`/api/terms/${(await propose()).slug}`).send({ status: 'agreed' }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
];

describe.each(rows)('%s', (_name, call, expected) => {
  it.each(callers)('as %s', async (caller) => {
    expect((await call(agents[caller])).status).toBe(expected[caller]);
  });
});

describe('bad input', () => {
  it.each([
    ['no definition', { term: 'Alone' }],
    ['a one-letter term', { term: 'A', definition: 'Long enough definition.' }],
    ['a hosts visibility', { term: 'Secretive', definition: 'Long enough definition.', visibility: 'hosts' }],
    ['an unknown field', { term: 'Extra', definition: 'Long enough definition.', status: 'agreed' }],
    [
      'an unknown related term',
      { term: 'Linked', definition: 'Long enough definition.', related: ['nothing-here'] },
    ],
    [
      'a malformed related slug',
      { term: 'Linked', definition: 'Long enough definition.', related: ['Bad Slug'] },
    ],
  ])('refuses %s with 400', async (_name, input) => {
    const res = await agents.member.post('/api/terms').send(input).expect(400);
    expect(res.body).toMatchObject({ error: 'invalid_input', message: expect.any(String) });
  });

  it('refuses bad queries, slugs and empty updates; unknown terms are 404', async () => {
    await request(ctx.url).get('/api/terms?status=final').expect(400);
    await request(ctx.url).get('/api/terms?limit=0').expect(400);
    await request(ctx.url).get('/api/terms/Not%20A%20Slug').expect(400);
    await request(ctx.url).get('/api/terms/no-such-term').expect(404);
    const t = await propose();
    await agents.host.patch(`/api/terms/${t.slug}`).send({}).expect(400);
    await agents.host.patch(`/api/terms/${t.slug}`).send({ status: 'final' }).expect(400);
  });

  it('refuses a second term with the same name (any case) with 409', async () => {
    await propose({ term: 'Hotline' });
    const res = await agents.member
      .post('/api/terms')
      .send({ term: 'HOTLINE', definition: 'A duplicate definition.' });
    expect([res.status, res.body.error]).toEqual([409, 'conflict']);
  });
});

describe('lifecycle', () => {
  it('goes from a member’s draft to agreed by a host, with related terms, sources and sanitised markdown', async () => {
    const base = await propose({ term: 'Removal time' });
    const created = await propose({
      term: 'Notice and takedown',
      definition: 'Removing material once **notified**. <script>alert(1)</script>',
      notes: 'See [the report](javascript:alert(1)).',
      sources: ['Bali 2013 session report'],
      related: [base.slug],
    });
    expect(created).toMatchObject({
      slug: 'notice-and-takedown',
      status: 'draft',
      sources: ['Bali 2013 session report'],
      related: [{ slug: base.slug, term: 'Removal time' }],
      agreedAt: null,
      can: { edit: true, agree: false },
    });
    expect(created.definitionHtml).toContain('<strong>notified</strong>');
    expect(created.definitionHtml).not.toContain('<script');
    expect(created.notesHtml).not.toContain('javascript:');

    const edited = await agents.member
      .patch(`/api/terms/${created.slug}`)
      .send({ definition: 'Removing or disabling material once the host is notified.' })
      .expect(200);
    expect(edited.body.definition).toBe('Removing or disabling material once the host is notified.');

    const done = await agents.host.patch(`/api/terms/${created.slug}`).send({ status: 'agreed' }).expect(200);
    expect(done.body).toMatchObject({ status: 'agreed', agreedAt: expect.any(String) });
    expect(await AuditEvent.countDocuments({ action: 'term.agreed', targetId: String(created.id) })).toBe(1);
    // Once agreed, only hosts change it; a host can return it to draft.
    await agents.member.patch(`/api/terms/${created.slug}`).send({ notes: 'x' }).expect(403);
    const reopened = await agents.host
      .patch(`/api/terms/${created.slug}`)
      .send({ status: 'draft' })
      .expect(200);
    expect(reopened.body).toMatchObject({ status: 'draft', agreedAt: null });
  });

  it('lists alphabetically with search and a status filter, paging without overlap', async () => {
    await propose({ term: 'Zebra crossing' });
    await propose({ term: 'Apple of discord' });
    const all = await request(ctx.url).get('/api/terms?limit=100').expect(200);
    const names = all.body.items.map((t: { term: string }) => t.term.toLowerCase());
    expect(names).toEqual([...names].sort());
    const search = await request(ctx.url).get('/api/terms?q=ZEBRA').expect(200);
    expect(search.body.items.map((t: { term: string }) => t.term)).toEqual(['Zebra crossing']);
    expect((await request(ctx.url).get('/api/terms?q=.*').expect(200)).body.items).toEqual([]);
    const agreedOnly = await request(ctx.url).get('/api/terms?status=agreed&limit=100').expect(200);
    expect(agreedOnly.body.items.every((t: { status: string }) => t.status === 'agreed')).toBe(true);
    const first = await request(ctx.url).get('/api/terms?limit=2').expect(200);
    const second = await request(ctx.url)
      .get(`/api/terms?limit=2&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(second.body.items[0].term).not.toBe(first.body.items[1].term);
    expect([...first.body.items, ...second.body.items].map((t: { term: string }) => t.term)).toEqual(
      all.body.items.slice(0, 4).map((t: { term: string }) => t.term),
    );
  });

  it('hides members-only terms from anonymous lists and related links', async () => {
    const hidden = await propose({ term: 'Internal jargon', visibility: 'members' });
    const linking = await propose({ term: 'Public word', related: [hidden.slug] });
    const anon = await request(ctx.url).get(`/api/terms/${linking.slug}`).expect(200);
    expect(anon.body.related).toEqual([]);
    const list = await request(ctx.url).get('/api/terms?q=internal').expect(200);
    expect(list.body.items).toEqual([]);
    const member = await agents.member.get(`/api/terms/${linking.slug}`).expect(200);
    expect(member.body.related.map((r: { slug: string }) => r.slug)).toEqual([hidden.slug]);
  });
});
