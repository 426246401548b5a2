/** Every indicator route against every kind of caller (401 / 403 / 404 / success), plus bad input (400). */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { createIndicatorVia, moveTo, newCode } from '../helpers/indicators';

type Caller = 'anonymous' | 'observer' | 'member' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
beforeAll(async () => {
  ctx = await startTestServer();
  const org = await createOrganisation();
  agents.anonymous = ctx.agent();
  for (const role of ['observer', 'member', 'host'] as const) {
    agents[role] = ctx.agent();
    await signIn(agents[role], await createUser({ role, organisationId: org._id }));
  }
});
afterAll(() => ctx.close());

const members = (visibility = 'members') => createIndicatorVia(agents.host, { visibility });
const inConsultation = async (visibility = 'members') => {
  const code = await members(visibility);
  await moveTo(agents.host, code, 'drafting');
  await moveTo(agents.host, code, 'consultation');
  return code;
};
const soon = () => new Date(Date.now() + 864e5).toISOString();

const callers: Caller[] = ['anonymous', 'observer', 'member', 'host'];
const rows: [string, (a: request.Agent) => Promise<request.Response>, Record<Caller, number>][] = [
  [
    'list the catalogue',
    (a) => a.get('/api/indicators'),
    { anonymous: 200, observer: 200, member: 200, host: 200 },
  ],
  [
    'create an indicator',
    (a) => a.post('/api/indicators').send({ code: newCode(), title: 'A new indicator' }),
    { anonymous: 401, observer: 403, member: 201, host: 201 },
  ],
  [
    'create a hosts-only indicator',
    (a) => a.post('/api/indicators').send({ code: newCode(), title: 'Hosts only', visibility: 'hosts' }),
    { anonymous: 401, observer: 403, member: 403, host: 201 },
  ],
  [
    'export the catalogue as CSV',
    (a) => a.get('/api/indicators/export.csv'),
    { anonymous: 200, observer: 200, member: 200, host: 200 },
  ],
  [
    'read a public indicator',
    async (a) => a.get(`/api/indicators/${await members('public')}`),
    { anonymous: 200, observer: 200, member: 200, host: 200 },
  ],
  [
    'read a members indicator',
    async (a) => a.get(`/api/indicators/${await members()}`),
    { anonymous: 404, observer: 200, member: 200, host: 200 },
  ],
  [
    'read a hosts indicator',
    async (a) => a.get(`/api/indicators/${await members('hosts')}`),
    { anonymous: 404, observer: 404, member: 404, host: 200 },
  ],
  [
    'save a revision',
    async (a) => a.patch(`/api/indicators/${await members()}`).send({ baseRevision: 1, unit: 'Hours' }),
    { anonymous: 401, observer: 403, member: 200, host: 200 },
  ],
  [
    'list revisions',
    async (a) => a.get(`/api/indicators/${await members()}/revisions`),
    { anonymous: 404, observer: 200, member: 200, host: 200 },
  ],
  [
    'diff two revisions',
    async (a) => a.get(`/api/indicators/${await members('public')}/diff?from=1&to=1`),
    { anonymous: 200, observer: 200, member: 200, host: 200 },
  ],
  [
    'take a proposal into drafting',
    async (a) =>
      a.post(`/api/indicators/${await members()}/status`).send({ to: 'drafting', reason: 'Start' }),
    { anonymous: 401, observer: 403, member: 200, host: 200 },
  ],
  [
    'open a consultation',
    async (a) => {
      const code = await members();
      await moveTo(agents.host, code, 'drafting');
      return a
        .post(`/api/indicators/${code}/status`)
        .send({ to: 'consultation', reason: 'Ready', closesAt: soon() });
    },
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'endorse with an override',
    async (a) =>
      a
        .post(`/api/indicators/${await inConsultation()}/status`)
        .send({ to: 'endorsed', reason: 'Go ahead', override: true }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'read positions',
    async (a) => a.get(`/api/indicators/${await inConsultation('public')}/positions`),
    { anonymous: 401, observer: 200, member: 200, host: 200 },
  ],
  [
    'record a position',
    async (a) => a.put(`/api/indicators/${await inConsultation()}/positions`).send({ stance: 'support' }),
    { anonymous: 401, observer: 403, member: 200, host: 200 },
  ],
  [
    'change the visibility of a host’s indicator',
    async (a) => a.put(`/api/indicators/${await members()}/visibility`).send({ visibility: 'public' }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'make a public indicator hosts-only',
    async (a) => a.put(`/api/indicators/${await members('public')}/visibility`).send({ visibility: 'hosts' }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'export metadata as Markdown',
    async (a) => a.get(`/api/indicators/${await members()}/export.md`),
    { anonymous: 404, observer: 200, member: 200, host: 200 },
  ],
  [
    'export metadata as JSON',
    async (a) => a.get(`/api/indicators/${await members('public')}/export.json`),
    { anonymous: 200, observer: 200, member: 200, host: 200 },
  ],
];

describe.each(rows)('%s', (_name, call, expected) => {
  it.each(callers)('as %s', async (caller) => {
    expect((await call(agents[caller])).status).toBe(expected[caller]);
  });
});

describe('indicators: bad input', () => {
  it('answers 400 with a clear message on every route', async () => {
    const code = await inConsultation();
    const m = agents.member;
    const bad: [request.Test, RegExp][] = [
      [m.get('/api/indicators?limit=0'), /limit/],
      [m.get('/api/indicators?cursor=nonsense'), /cursor/],
      [m.post('/api/indicators').send({ code: 'CSAM-99' }), /title/],
      [m.post('/api/indicators').send({ code: 'CSAM-98', title: 'Fine title', tier: 'IV' }), /tier/],
      [m.get('/api/indicators/export.csv?limit=abc'), /limit/],
      [m.get('/api/indicators/no_such_code!'), /code/],
      [m.patch(`/api/indicators/${code}`).send({ baseRevision: 'one', unit: 'x' }), /baseRevision/],
      [m.get(`/api/indicators/${code}/revisions?limit=1000`), /limit/],
      [m.get(`/api/indicators/${code}/diff?from=1`), /to/],
      [m.post(`/api/indicators/${code}/status`).send({ to: 'drafting' }), /reason/],
      [m.get(`/api/indicators/bad code/positions`), /code/],
      [m.put(`/api/indicators/${code}/positions`).send({ stance: 'concern' }), /comment/],
      [m.put(`/api/indicators/${code}/visibility`).send({ visibility: 'everyone' }), /visibility/],
      [m.put(`/api/indicators/${code}/visibility`).send({}), /visibility/],
      [m.put(`/api/indicators/${code}/visibility`).send({ visibility: 'public', status: 'x' }), /status/],
      [m.get('/api/indicators/bad code/export.md'), /code/],
      [m.get('/api/indicators/bad code/export.json'), /code/],
    ];
    for (const [req, message] of bad) {
      const res = await req;
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid_input');
      expect(res.body.message).toMatch(message);
    }
  });

  it('answers 404 for an unknown code', async () => {
    await agents.member.get('/api/indicators/NOPE-404').expect(404);
    await agents.member.patch('/api/indicators/NOPE-404').send({ baseRevision: 1, unit: 'x' }).expect(404);
  });
});
