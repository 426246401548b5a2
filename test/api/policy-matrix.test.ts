/**
 * Every administrative and account route against every kind of caller: anonymous, observer, member,
 * host. Each row also sends one bad input as a host (400). Fixtures are made fresh for each call so
 * a success in one column cannot change another column's outcome.
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { MembershipApplication } from '../../server/models/MembershipApplication';
import { Invitation } from '../../server/models/Invitation';

type Caller = 'anonymous' | 'observer' | 'member' | 'host';
interface Row {
  name: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: () => Promise<string> | string;
  body?: () => object;
  expect: Record<Caller, number>;
  bad?: { path?: string; body?: object; query?: string };
}

let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
beforeAll(async () => {
  ctx = await startTestServer({ APPLY_IP_LIMIT: '1000' });
  agents.anonymous = ctx.agent();
  for (const role of ['observer', 'member', 'host'] as const) {
    agents[role] = ctx.agent();
    await signIn(agents[role], await createUser({ role }));
  }
});
afterAll(() => ctx.close());

let n = 0;
const uniq = () => `${Date.now().toString(36)}${n++}`;
const userId = async () => String((await createUser())._id);
const pendingApplication = async () =>
  String(
    (
      await MembershipApplication.create({
        organisationName: `Applicant ${uniq()}`,
        category: 'other',
        country: 'Chile',
        contactName: 'C',
        contactEmail: `c-${uniq()}@example.test`,
        motivation: 'x'.repeat(40),
      })
    )._id,
  );
const pendingInvitation = async () =>
  String(
    (
      await Invitation.create({
        email: `i-${uniq()}@example.test`,
        role: 'observer',
        tokenHash: uniq(),
        expiresAt: new Date(Date.now() + 1e6),
      })
    )._id,
  );

const HOST_ONLY = (ok: number) => ({ anonymous: 401, observer: 403, member: 403, host: ok });
const SIGNED_IN = (ok: number) => ({ anonymous: 401, observer: ok, member: ok, host: ok });
const PUBLIC = (ok: number) => ({ anonymous: ok, observer: ok, member: ok, host: ok });

const rows: Row[] = [
  {
    name: 'list users',
    method: 'get',
    path: () => '/api/users',
    expect: HOST_ONLY(200),
    bad: { query: 'role=king' },
  },
  {
    name: 'change a user',
    method: 'patch',
    path: async () => `/api/users/${await userId()}`,
    body: () => ({ role: 'observer' }),
    expect: HOST_ONLY(200),
    bad: { path: '/api/users/nope', body: { role: 'observer' } },
  },
  {
    name: 'issue a reset link',
    method: 'post',
    path: async () => `/api/users/${await userId()}/password-reset`,
    expect: HOST_ONLY(201),
    bad: { path: '/api/users/nope/password-reset' },
  },
  {
    name: 'list invitations',
    method: 'get',
    path: () => '/api/invitations',
    expect: HOST_ONLY(200),
    bad: { query: 'state=lost' },
  },
  {
    name: 'invite',
    method: 'post',
    path: () => '/api/invitations',
    body: () => ({ email: `new-${uniq()}@example.test`, role: 'observer' }),
    expect: HOST_ONLY(201),
    bad: { body: { email: 'nope', role: 'observer' } },
  },
  {
    name: 'revoke an invitation',
    method: 'delete',
    path: async () => `/api/invitations/${await pendingInvitation()}`,
    expect: HOST_ONLY(200),
    bad: { path: '/api/invitations/nope' },
  },
  {
    name: 're-issue an invitation',
    method: 'post',
    path: async () => `/api/invitations/${await pendingInvitation()}/reissue`,
    expect: HOST_ONLY(201),
    bad: { path: '/api/invitations/nope/reissue' },
  },
  {
    name: 'list applications',
    method: 'get',
    path: () => '/api/applications',
    expect: HOST_ONLY(200),
    bad: { query: 'status=maybe' },
  },
  {
    name: 'approve an application',
    method: 'post',
    path: async () => `/api/applications/${await pendingApplication()}/approve`,
    expect: HOST_ONLY(200),
    bad: { path: '/api/applications/nope/approve' },
  },
  {
    name: 'reject an application',
    method: 'post',
    path: async () => `/api/applications/${await pendingApplication()}/reject`,
    body: () => ({ reason: 'Outside our scope' }),
    expect: HOST_ONLY(200),
    bad: { body: { reason: 1 } },
  },
  {
    name: 'read the audit log',
    method: 'get',
    path: () => '/api/audit',
    expect: HOST_ONLY(200),
    bad: { query: 'from=never' },
  },
  {
    name: 'create an organisation',
    method: 'post',
    path: () => '/api/organisations',
    body: () => ({ name: `Org ${uniq()}`, category: 'academia' }),
    expect: HOST_ONLY(201),
    bad: { body: { name: 'Valid name', category: 'aliens' } },
  },
  {
    name: 'edit an organisation',
    method: 'patch',
    path: async () => `/api/organisations/${(await createOrganisation()).slug}`,
    body: () => ({ description: 'Edited' }),
    expect: HOST_ONLY(200),
    bad: { path: '/api/organisations/any', body: { membership: 'vip' } },
  },
  {
    name: 'read the directory',
    method: 'get',
    path: () => '/api/organisations',
    expect: PUBLIC(200),
    bad: { query: 'category=aliens' },
  },
  {
    name: 'read directory stats',
    method: 'get',
    path: () => '/api/organisations/stats',
    expect: PUBLIC(200),
  },
  {
    name: 'read one organisation',
    method: 'get',
    path: async () => `/api/organisations/${(await createOrganisation()).slug}`,
    expect: PUBLIC(200),
    bad: { path: '/api/organisations/NOT%20A%20SLUG' },
  },
  {
    name: 'apply to join',
    method: 'post',
    path: () => '/api/applications',
    body: () => ({
      organisationName: `Applicant ${uniq()}`,
      category: 'other',
      country: 'Peru',
      contactName: 'Ana',
      contactEmail: `a-${uniq()}@example.test`,
      motivation: 'We want to help develop the indicators.',
    }),
    expect: PUBLIC(201),
    bad: { body: { organisationName: 'x' } },
  },
  { name: 'read my account', method: 'get', path: () => '/api/auth/me', expect: SIGNED_IN(200) },
  {
    name: 'edit my profile',
    method: 'patch',
    path: () => '/api/auth/me',
    body: () => ({ name: 'Same Person' }),
    expect: SIGNED_IN(200),
    bad: { body: { name: '' } },
  },
];

describe.each(rows)('$method $name', (row) => {
  it.each(['anonymous', 'observer', 'member', 'host'] as const)('as %s', async (caller) => {
    const path = await row.path();
    let req = agents[caller][row.method](path);
    if (row.body) req = req.send(row.body());
    const res = await req;
    expect({ status: res.status, error: res.body?.error }).toMatchObject({ status: row.expect[caller] });
    if (res.status >= 400) expect(typeof res.body.message).toBe('string');
  });

  if (row.bad) {
    it('as host with bad input → 400', async () => {
      const path = row.bad!.path ?? (await row.path());
      let req = agents.host[row.method](row.bad!.query ? `${path}?${row.bad!.query}` : path);
      if (row.bad!.body ?? row.body) req = req.send(row.bad!.body ?? row.body!());
      const res = await req;
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid_input');
    });
  }
});
