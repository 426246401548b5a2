/**
 * The follow-up board and the thread list keep a page 2 s per role and filters (features/followUps,
 * features/discussions queries); the directory and its chart keep theirs 30 s (features/organisations). A write made here must show at once, and a page kept for one role
 * must never reach another.
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';

let ctx: TestContext;
let host: request.Agent;
let member: request.Agent;
let colleague: request.Agent;
let orgId: string;

beforeAll(async () => {
  ctx = await startTestServer();
  const org = await createOrganisation({ name: 'Cache Org' });
  orgId = String(org._id);
  const make = async (role: 'host' | 'member') => {
    const agent = ctx.agent();
    await signIn(agent, await createUser({ role, organisationId: org._id }));
    return agent;
  };
  host = await make('host');
  member = await make('member');
  colleague = await make('member');
});
afterAll(() => ctx.close());

const board = async (agent: request.Agent) =>
  (
    (await agent.get('/api/follow-ups?limit=100').expect(200)).body.items as { id: string; title: string }[]
  ).map((i) => i.title);
const threads = async (agent: request.Agent) =>
  (await agent.get('/api/threads?limit=100').expect(200)).body.items as {
    id: string;
    title: string;
    unread: number;
    lastSeq: number;
  }[];

describe('the follow-up board', () => {
  it('shows a new follow-up, a visibility change and a new status at once, to each role what it may read', async () => {
    expect(await board(member)).not.toContain('Cache: share the report');
    const created = (
      await host
        .post('/api/follow-ups')
        .send({ title: 'Cache: share the report', ownerOrganisationId: orgId, visibility: 'members' })
        .expect(201)
    ).body as { id: string };
    expect(await board(member)).toContain('Cache: share the report');

    await host.patch(`/api/follow-ups/${created.id}`).send({ visibility: 'hosts' }).expect(200);
    expect(await board(member)).not.toContain('Cache: share the report');
    expect(await board(host)).toContain('Cache: share the report');
    // The host's page, just kept, is not the member's.
    expect(await board(member)).not.toContain('Cache: share the report');

    await host
      .patch(`/api/follow-ups/${created.id}`)
      .send({ visibility: 'members', status: 'done' })
      .expect(200);
    const item = (
      (await member.get('/api/follow-ups?limit=100').expect(200)).body.items as {
        id: string;
        status: string;
      }[]
    ).find((i) => i.id === created.id);
    expect(item?.status).toBe('done');
  });
});

describe('the thread list', () => {
  it('shows a new thread and a new message’s unread count at once', async () => {
    expect((await threads(member)).map((t) => t.title)).not.toContain('Cache: new thread');
    const thread = (
      await colleague
        .post('/api/threads')
        .send({ title: 'Cache: new thread', visibility: 'members', subjectType: 'general' })
        .expect(201)
    ).body as { id: string };
    const before = (await threads(member)).find((t) => t.id === thread.id);
    expect(before?.unread).toBe(0);

    await colleague
      .post(`/api/threads/${thread.id}/messages`)
      .send({ clientId: 'cache-message-1', body: 'First words' })
      .expect(201);
    expect((await threads(member)).find((t) => t.id === thread.id)?.unread).toBe(1);
    // The writer's own list (the same role's page) has moved on too.
    expect((await threads(colleague)).find((t) => t.id === thread.id)?.lastSeq).toBe(1);
  });

  it('keeps hosts-only threads from members even when a host has just listed them', async () => {
    const secret = (
      await host
        .post('/api/threads')
        .send({ title: 'Cache: hosts only', visibility: 'hosts', subjectType: 'general' })
        .expect(201)
    ).body as { id: string };
    expect((await threads(host)).map((t) => t.id)).toContain(secret.id);
    expect((await threads(member)).map((t) => t.id)).not.toContain(secret.id);
  });
});

describe('the member directory and its chart', () => {
  const directory = async () =>
    (
      (await member.get('/api/organisations?limit=100&q=Cache%20Directory').expect(200)).body.items as {
        name: string;
        category: string;
      }[]
    ).map((o) => `${o.name}: ${o.category}`);
  const counts = async () =>
    (await member.get('/api/organisations/stats').expect(200)).body as {
      total: number;
      countries: string[];
    };

  it('shows a new organisation and an edit at once', async () => {
    expect(await directory()).toEqual([]);
    const before = await counts();
    expect(before.countries).not.toContain('Tuvalu');
    const org = (
      await host
        .post('/api/organisations')
        .send({ name: 'Cache Directory Org', category: 'civil-society', country: 'Tuvalu' })
        .expect(201)
    ).body as { slug: string };
    expect(await directory()).toEqual(['Cache Directory Org: civil-society']);
    const after = await counts();
    expect(after.total).toBe(before.total + 1);
    expect(after.countries).toContain('Tuvalu');

    await host.patch(`/api/organisations/${org.slug}`).send({ category: 'industry' }).expect(200);
    expect(await directory()).toEqual(['Cache Directory Org: industry']);
  });
});
