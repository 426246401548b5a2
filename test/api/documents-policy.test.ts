/** Who may do what with documents: anonymous, observer, another member, the owner, a host. */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { makePdf } from '../helpers/files';

type Caller = 'anonymous' | 'observer' | 'other' | 'owner' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
beforeAll(async () => {
  ctx = await startTestServer();
  agents.anonymous = ctx.agent();
  for (const [caller, role] of [
    ['observer', 'observer'],
    ['other', 'member'],
    ['owner', 'member'],
    ['host', 'host'],
  ] as const) {
    agents[caller] = ctx.agent();
    await signIn(agents[caller], await createUser({ role }));
  }
});
afterAll(() => ctx.close());

async function makeDoc(visibility: 'public' | 'members' | 'hosts' = 'members', title = 'Policy doc') {
  const uploader = visibility === 'hosts' ? agents.host : agents.owner;
  const res = await uploader
    .post('/api/documents')
    .field('title', title)
    .field('kind', 'other')
    .field('visibility', visibility)
    .attach('file', makePdf('policy'), 'p.pdf')
    .expect(201);
  return res.body.id as string;
}

const callers: Caller[] = ['anonymous', 'observer', 'other', 'owner', 'host'];

describe.each([['upload', { anonymous: 401, observer: 403, other: 201, owner: 201, host: 201 }]])(
  '%s',
  (_name, expected) => {
    it.each(callers)('as %s', async (caller) => {
      const res = await agents[caller]
        .post('/api/documents')
        .field('title', 'Upload try')
        .field('kind', 'other')
        .attach('file', makePdf('x'), 'x.pdf');
      expect(res.status).toBe(expected[caller]);
    });
  },
);

const perDocument: [string, (a: request.Agent, id: string) => request.Test, Record<Caller, number>][] = [
  [
    'read a members-only document',
    (a, id) => a.get(`/api/documents/${id}`),
    { anonymous: 404, observer: 200, other: 200, owner: 200, host: 200 },
  ],
  [
    'list its versions',
    (a, id) => a.get(`/api/documents/${id}/versions`),
    { anonymous: 404, observer: 200, other: 200, owner: 200, host: 200 },
  ],
  [
    'download it',
    (a, id) => a.get(`/api/documents/${id}/download`),
    { anonymous: 404, observer: 200, other: 200, owner: 200, host: 200 },
  ],
  [
    'edit its metadata',
    (a, id) => a.patch(`/api/documents/${id}`).send({ title: 'Edited title' }),
    { anonymous: 401, observer: 403, other: 403, owner: 200, host: 200 },
  ],
  [
    'add a version',
    (a, id) => a.post(`/api/documents/${id}/versions`).attach('file', makePdf('v2'), 'v2.pdf'),
    { anonymous: 401, observer: 403, other: 403, owner: 201, host: 201 },
  ],
  [
    'archive it',
    (a, id) => a.delete(`/api/documents/${id}`),
    { anonymous: 401, observer: 403, other: 403, owner: 200, host: 200 },
  ],
];

describe.each(perDocument)('%s', (_name, call, expected) => {
  it.each(callers)('as %s', async (caller) => {
    const id = await makeDoc();
    expect((await call(agents[caller], id)).status).toBe(expected[caller]);
  });
});

describe('restore', () => {
  it.each(callers)('as %s', async (caller) => {
    const id = await makeDoc();
    await agents.owner.delete(`/api/documents/${id}`).expect(200);
    const expected = { anonymous: 401, observer: 404, other: 404, owner: 200, host: 200 }[caller];
    expect((await agents[caller].post(`/api/documents/${id}/restore`)).status).toBe(expected);
  });
});

describe('visibility and archiving in search', () => {
  it('never shows a members-only or hosts-only document to anonymous visitors, even by searching its words', async () => {
    await ctx.server.library.idle();
    const pub = await makeDoc('public', 'Zebracorn public');
    const mem = await makeDoc('members', 'Zebracorn members');
    const hst = await makeDoc('hosts', 'Zebracorn hosts');
    const ids = async (a: request.Agent) =>
      (await a.get('/api/documents?q=zebracorn').expect(200)).body.items
        .map((d: { id: string }) => d.id)
        .sort();
    expect(await ids(agents.anonymous)).toEqual([pub]);
    expect(await ids(agents.observer)).toEqual([pub, mem].sort());
    expect(await ids(agents.host)).toEqual([pub, mem, hst].sort());
    await agents.anonymous.get(`/api/documents/${hst}`).expect(404);
    await agents.other.get(`/api/documents/${hst}/download`).expect(404);
  });

  it('members cannot make a document hosts-only; hosts can', async () => {
    await agents.owner
      .post('/api/documents')
      .field('title', 'Secret try')
      .field('kind', 'other')
      .field('visibility', 'hosts')
      .attach('file', makePdf('x'), 'x.pdf')
      .expect(403);
    const id = await makeDoc();
    await agents.owner.patch(`/api/documents/${id}`).send({ visibility: 'hosts' }).expect(403);
    await agents.host.patch(`/api/documents/${id}`).send({ visibility: 'hosts' }).expect(200);
  });

  it('hides an archived document from everyone but its owner and hosts, and restores it', async () => {
    const id = await makeDoc('public', 'Archivable quagga');
    await agents.owner.delete(`/api/documents/${id}`).expect(200);
    expect((await agents.anonymous.get('/api/documents?q=quagga').expect(200)).body.items).toEqual([]);
    expect((await agents.owner.get('/api/documents?q=quagga').expect(200)).body.items).toEqual([]);
    const archived = await agents.owner.get('/api/documents?q=quagga&archived=true').expect(200);
    expect(archived.body.items.map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await agents.other.get('/api/documents?q=quagga&archived=true').expect(200)).body.items).toEqual(
      [],
    );
    await agents.other.get(`/api/documents/${id}`).expect(404);
    await agents.host.post(`/api/documents/${id}/restore`).expect(200);
    expect(
      (await agents.anonymous.get('/api/documents?q=quagga').expect(200)).body.items.map(
        (d: { id: string }) => d.id,
      ),
    ).toEqual([id]);
  });

  it('answers 400 for malformed ids and fields', async () => {
    await agents.owner.get('/api/documents/not-an-id').expect(400);
    const id = await makeDoc();
    await agents.owner.patch(`/api/documents/${id}`).send({}).expect(400);
    await agents.owner.patch(`/api/documents/${id}`).send({ kind: 'poem' }).expect(400);
    await agents.owner.patch(`/api/documents/${id}`).send({ ownerId: 'x' }).expect(400);
    await agents.owner.get('/api/documents?kind=poem').expect(400);
  });
});

describe('archived documents and new versions', () => {
  it('refuses a new version while archived (409) and says so in the abilities', async () => {
    const id = await makeDoc();
    const archived = await agents.owner.delete(`/api/documents/${id}`).expect(200);
    expect(archived.body.can).toEqual({ edit: true, archive: true, addVersion: false });
    const res = await agents.owner
      .post(`/api/documents/${id}/versions`)
      .attach('file', makePdf('v2'), 'v2.pdf')
      .expect(409);
    expect(res.body.message).toMatch(/Restore/);
    const restored = await agents.owner.post(`/api/documents/${id}/restore`).expect(200);
    expect(restored.body.can.addVersion).toBe(true);
  });
});

describe('cached results', () => {
  it('never serve one role’s results to another, and follow every change', async () => {
    const ids = async (a: request.Agent) =>
      (await a.get('/api/documents?q=ibexcache').expect(200)).body.items.map((d: { id: string }) => d.id);
    expect(await ids(agents.anonymous)).toEqual([]);
    const members = await makeDoc('members', 'Ibexcache members');
    expect(await ids(agents.anonymous)).toEqual([]);
    expect(await ids(agents.observer)).toEqual([members]);
    await agents.owner.patch(`/api/documents/${members}`).send({ visibility: 'public' }).expect(200);
    expect(await ids(agents.anonymous)).toEqual([members]);
    await agents.owner.delete(`/api/documents/${members}`).expect(200);
    expect(await ids(agents.anonymous)).toEqual([]);
    expect(await ids(agents.observer)).toEqual([]);
  });
});
