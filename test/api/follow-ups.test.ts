/** Follow-ups: permission matrix, lifecycle, overdue, and who hears about changes. */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createOrganisation, createUser, signIn } from '../factories';
import { Notification } from '../../server/models/Notification';
import { isOverdue, overdueCutoff } from '../../server/lib/overdue';
import type { OrganisationRecord } from '../../server/models/Organisation';

type Caller = 'anonymous' | 'observer' | 'member' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
const ids = {} as Record<Caller | 'colleague' | 'outsider', string>;
let ownerOrg: OrganisationRecord;
let otherOrg: OrganisationRecord;

beforeAll(async () => {
  ctx = await startTestServer();
  ownerOrg = await createOrganisation({ name: 'Owner Org' });
  otherOrg = await createOrganisation({ name: 'Other Org' });
  agents.anonymous = ctx.agent();
  for (const role of ['observer', 'member', 'host'] as const) {
    // The member and observer belong to another organisation than the items' owner.
    const user = await createUser({ role, name: `The ${role}`, organisationId: otherOrg._id });
    ids[role] = String(user._id);
    agents[role] = ctx.agent();
    await signIn(agents[role], user);
  }
  ids.colleague = String((await createUser({ name: 'Colleague', organisationId: ownerOrg._id }))._id);
  ids.outsider = String((await createUser({ name: 'Outsider', organisationId: otherOrg._id }))._id);
});
afterAll(() => ctx.close());

const body = (over: Record<string, unknown> = {}) => ({
  title: 'Share the indicator process',
  ownerOrganisationId: String(ownerOrg._id),
  ...over,
});
const newItem = async (over: Record<string, unknown> = {}) =>
  (await agents.host.post('/api/follow-ups').send(body(over)).expect(201)).body as {
    id: string;
    [k: string]: unknown;
  };
const notificationsFor = (userId: string) => Notification.find({ recipientId: userId }).lean();

const callers: Caller[] = ['anonymous', 'observer', 'member', 'host'];
const rows: [string, (a: request.Agent) => Promise<request.Response>, Record<Caller, number>][] = [
  ['list', (a) => a.get('/api/follow-ups'), { anonymous: 401, observer: 200, member: 200, host: 200 }],
  [
    'create',
    (a) => a.post('/api/follow-ups').send(body()),
    { anonymous: 401, observer: 403, member: 201, host: 201 },
  ],
  [
    'create hosts-only',
    (a) => a.post('/api/follow-ups').send(body({ visibility: 'hosts' })),
    { anonymous: 401, observer: 403, member: 403, host: 201 },
  ],
  [
    'read one',
    async (a) => a.get(`/api/follow-ups/${(await newItem()).id}`),
    { anonymous: 401, observer: 200, member: 200, host: 200 },
  ],
  [
    'read a hosts-only one',
    async (a) => a.get(`/api/follow-ups/${(await newItem({ visibility: 'hosts' })).id}`),
    { anonymous: 401, observer: 404, member: 404, host: 200 },
  ],
  [
    'update another organisation’s item',
    async (a) => a.patch(`/api/follow-ups/${(await newItem()).id}`).send({ status: 'done' }),
    { anonymous: 401, observer: 403, member: 403, host: 200 },
  ],
  [
    'update an item assigned to the caller',
    async (a) =>
      a
        .patch(`/api/follow-ups/${(await newItem({ assigneeId: ids.member })).id}`)
        .send({ status: 'in-progress' }),
    { anonymous: 401, observer: 403, member: 200, host: 200 },
  ],
];

describe.each(rows)('%s', (_name, call, expected) => {
  it.each(callers)('as %s', async (caller) => {
    expect((await call(agents[caller])).status).toBe(expected[caller]);
  });
});

describe('bad input', () => {
  // Overrides of a valid body (built lazily: the owner organisation exists only after beforeAll).
  it.each([
    ['a short title and a bad id', { title: 'x', ownerOrganisationId: 'nope' }],
    ['an unknown status', { status: 'finished' }],
    ['a date in another format', { dueAt: '31/03/2014' }],
    ['a date with trailing text', { dueAt: '2014-02-31x' }],
    ['public visibility', { visibility: 'public' }],
    ['an operator key', { $set: { status: 'done' } }],
    ['an unknown assignee', { assigneeId: '0123456789abcdef01234567' }],
    ['an unknown owner organisation', { ownerOrganisationId: '0123456789abcdef01234567' }],
    ['an unknown meeting', { meetingId: '0123456789abcdef01234567' }],
  ])('refuses %s with 400 and a message', async (_name, over) => {
    const res = await agents.member.post('/api/follow-ups').send(body(over)).expect(400);
    expect(res.body).toMatchObject({ error: 'invalid_input', message: expect.any(String) });
  });

  it('refuses bad ids, filters and empty updates with 400', async () => {
    const item = await newItem();
    await agents.host.get('/api/follow-ups/not-an-id').expect(400);
    await agents.host.get('/api/follow-ups?status=late').expect(400);
    await agents.host.get('/api/follow-ups?assignee=someone').expect(400);
    await agents.host.patch(`/api/follow-ups/${item.id}`).send({}).expect(400);
    await agents.host.patch(`/api/follow-ups/${item.id}`).send({ assigneeId: ids.observer }).expect(400);
    await agents.host.get('/api/follow-ups/0123456789abcdef01234567').expect(404);
  });
});

describe('lifecycle', () => {
  it('records a follow-up from a meeting, moves it through its statuses and keeps the meeting link', async () => {
    const meeting = await createMeeting({ visibility: 'members' });
    const item = await newItem({
      meetingId: String(meeting._id),
      dueAt: '2030-01-15',
      description: '**Soon**',
    });
    expect(item).toMatchObject({
      status: 'open',
      overdue: false,
      owner: { name: 'Owner Org' },
      meeting: { slug: meeting.slug },
      dueAt: '2030-01-15T00:00:00.000Z',
    });
    expect(item.descriptionHtml).toContain('<strong>Soon</strong>');
    for (const status of ['in-progress', 'done', 'dropped', 'open'] as const) {
      const res = await agents.host.patch(`/api/follow-ups/${item.id}`).send({ status }).expect(200);
      expect(res.body.status).toBe(status);
      expect(res.body.statusChangedAt).toEqual(expect.any(String));
    }
    const byMeeting = await agents.observer.get(`/api/follow-ups?meeting=${String(meeting._id)}`).expect(200);
    expect(byMeeting.body.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
  });

  it('lets a member of the owner organisation update it, and lists “mine” and “my organisation”', async () => {
    const colleagueAgent = ctx.agent();
    const colleague = await createUser({ organisationId: ownerOrg._id });
    await signIn(colleagueAgent, colleague);
    const item = await newItem({ title: 'Owned by my organisation' });
    await colleagueAgent
      .patch(`/api/follow-ups/${item.id}`)
      .send({ assigneeId: String(colleague._id) })
      .expect(200);
    const mine = await colleagueAgent.get('/api/follow-ups?assignee=me&limit=100').expect(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    const orgs = await colleagueAgent.get('/api/follow-ups?owner=mine&limit=100').expect(200);
    expect(orgs.body.items.map((i: { id: string }) => i.id)).toContain(item.id);
    const otherOrgView = await agents.member.get('/api/follow-ups?owner=mine&limit=100').expect(200);
    expect(otherOrgView.body.items.map((i: { id: string }) => i.id)).not.toContain(item.id);
  });

  it('pages in due-date order with items without a date last', async () => {
    const org = await createOrganisation();
    const make = (title: string, dueAt: string | null) =>
      newItem({ title, dueAt, ownerOrganisationId: String(org._id) });
    await make('No date', null);
    await make('Later', '2031-05-01');
    await make('Sooner', '2030-05-01');
    const first = await agents.host.get(`/api/follow-ups?owner=${String(org._id)}&limit=2`).expect(200);
    const second = await agents.host
      .get(`/api/follow-ups?owner=${String(org._id)}&limit=2&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect([...first.body.items, ...second.body.items].map((i: { title: string }) => i.title)).toEqual([
      'Sooner',
      'Later',
      'No date',
    ]);
  });
});

describe('overdue', () => {
  it('is a past due date on an open or in-progress item; due today is not overdue yet', () => {
    const now = new Date('2014-04-10T15:00:00Z');
    const due = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(overdueCutoff(now).toISOString()).toBe('2014-04-10T00:00:00.000Z');
    expect(isOverdue({ dueAt: due('2014-04-09'), status: 'open' }, now)).toBe(true);
    expect(isOverdue({ dueAt: due('2014-04-09'), status: 'in-progress' }, now)).toBe(true);
    expect(isOverdue({ dueAt: due('2014-04-10'), status: 'open' }, now)).toBe(false);
    expect(isOverdue({ dueAt: due('2014-04-09'), status: 'done' }, now)).toBe(false);
    expect(isOverdue({ dueAt: due('2014-04-09'), status: 'dropped' }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, status: 'open' }, now)).toBe(false);
  });

  it('flags and filters overdue items the same way', async () => {
    const org = await createOrganisation();
    const owner = String(org._id);
    const late = await newItem({ title: 'Late', dueAt: '2014-03-31', ownerOrganisationId: owner });
    await newItem({
      title: 'Late but done',
      dueAt: '2014-03-31',
      status: 'done',
      ownerOrganisationId: owner,
    });
    await newItem({ title: 'Future', dueAt: '2099-01-01', ownerOrganisationId: owner });
    expect(late.overdue).toBe(true);
    const res = await agents.host.get(`/api/follow-ups?owner=${owner}&overdue=true`).expect(200);
    expect(res.body.items.map((i: { title: string }) => i.title)).toEqual(['Late']);
    const done = await agents.host.patch(`/api/follow-ups/${late.id}`).send({ status: 'done' }).expect(200);
    expect(done.body.overdue).toBe(false);
  });
});

describe('notifications', () => {
  it('tells the assignee and the owner organisation’s people about an assignment, not others or the actor', async () => {
    const before = (await notificationsFor(ids.colleague)).length;
    const item = await newItem({ title: 'Assigned on creation', assigneeId: ids.member });
    const toAssignee = (await notificationsFor(ids.member)).filter((n) => String(n.subjectId) === item.id);
    expect(toAssignee).toHaveLength(1);
    expect(toAssignee[0]).toMatchObject({ kind: 'action-assigned', link: `/follow-ups/${item.id}` });
    expect(toAssignee[0]!.text).toContain('Assigned on creation');
    expect((await notificationsFor(ids.colleague)).length).toBe(before + 1);
    expect((await notificationsFor(ids.outsider)).filter((n) => String(n.subjectId) === item.id)).toEqual([]);
    expect((await notificationsFor(ids.host)).filter((n) => String(n.subjectId) === item.id)).toEqual([]);
  });

  it('tells them about status changes, and nobody when nothing changed', async () => {
    const item = await newItem({ title: 'Status news', assigneeId: ids.member });
    await agents.host.patch(`/api/follow-ups/${item.id}`).send({ status: 'in-progress' }).expect(200);
    await agents.host.patch(`/api/follow-ups/${item.id}`).send({ status: 'in-progress' }).expect(200);
    await agents.host.patch(`/api/follow-ups/${item.id}`).send({ title: 'Status news, renamed' }).expect(200);
    const kinds = async (userId: string) =>
      (await notificationsFor(userId)).filter((n) => String(n.subjectId) === item.id).map((n) => n.kind);
    expect(await kinds(ids.member)).toEqual(['action-assigned', 'action-status']);
    expect(await kinds(ids.colleague)).toEqual(['action-assigned', 'action-status']);
    expect(await kinds(ids.outsider)).toEqual([]);
  });

  it('keeps news of hosts-only items to hosts', async () => {
    const secret = await newItem({ title: 'Hosts only', visibility: 'hosts' });
    const host2 = await createUser({ role: 'host', organisationId: ownerOrg._id });
    await agents.host.patch(`/api/follow-ups/${secret.id}`).send({ status: 'in-progress' }).expect(200);
    expect((await notificationsFor(String(host2._id))).map((n) => String(n.subjectId))).toContain(secret.id);
    expect((await notificationsFor(ids.colleague)).map((n) => String(n.subjectId))).not.toContain(secret.id);
  });

  it('a follow-up has its own discussion thread', async () => {
    const item = await newItem();
    const res = await agents.member
      .post('/api/threads')
      .send({ title: 'Discussion: follow-up', subjectType: 'action', subjectId: item.id })
      .expect(201);
    expect(res.body.subject).toEqual({ type: 'action', id: item.id });
  });
});
