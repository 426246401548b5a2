import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createIndicatorVia } from '../helpers/indicators';
import { createUser, signIn } from '../factories';
import type { EntityChanged } from '../../shared/realtime';
import { entityChanged } from '../../server/events';

let ctx: TestContext;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  ctx = await startTestServer();
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => ctx.close());

async function person(role: 'member' | 'observer' | 'host') {
  const user = await createUser({ role });
  const agent = ctx.agent();
  const res = await signIn(agent, user);
  const socket = openSocket(ctx.url, sessionCookie(res.headers['set-cookie']));
  sockets.push(socket);
  await connected(socket);
  const heard: unknown[] = [];
  socket.on('entity:changed', (x) => heard.push(x));
  return { user, agent, socket, heard };
}

const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
};
/** Lets in-flight events arrive before asserting that something did not. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('entity:changed', () => {
  it('tells another member’s socket when a member saves an indicator revision', async () => {
    const author = await person('member');
    const reader = await person('member');
    const code = await createIndicatorVia(author.agent, { visibility: 'members' });
    await until(() => reader.heard.length > 0);
    reader.heard.length = 0;

    await author.agent
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, title: 'Median time to removal' })
      .expect(200);
    await until(() => reader.heard.length > 0);
    expect(reader.heard).toEqual([{ kind: 'indicator', id: code }]);
  });

  it('does not tell an observer about a hosts-only indicator, but tells hosts', async () => {
    const host = await person('host');
    const otherHost = await person('host');
    const observer = await person('observer');
    const member = await person('member');
    const code = await createIndicatorVia(host.agent, { visibility: 'hosts' });
    await host.agent
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, title: 'Hosts-only draft' })
      .expect(200);
    await until(() => otherHost.heard.length >= 2);
    await settle();
    // Once per write, even though a host's socket is in every audience room.
    expect(otherHost.heard).toEqual([
      { kind: 'indicator', id: code },
      { kind: 'indicator', id: code },
    ]);
    expect(observer.heard.filter((x) => (x as EntityChanged).id === code)).toEqual([]);
    expect(member.heard.filter((x) => (x as EntityChanged).id === code)).toEqual([]);
  });

  it('reaches observers for members items and everyone for public ones, with exactly {kind, id}', async () => {
    const observer = await person('observer');
    entityChanged('term', 'some-term', 'public');
    entityChanged('meeting', 'some-meeting', 'members');
    await until(() => observer.heard.length >= 2);
    expect(observer.heard).toEqual([
      { kind: 'term', id: 'some-term' },
      { kind: 'meeting', id: 'some-meeting' },
    ]);
    for (const payload of observer.heard)
      expect(Object.keys(payload as object).sort()).toEqual(['id', 'kind']);
  });

  it('moves a demoted host’s sockets out of the hosts audience', async () => {
    const admin = await person('host');
    const demoted = await person('host');
    await admin.agent
      .patch(`/api/users/${String(demoted.user._id)}`)
      .send({ role: 'member' })
      .expect(200);
    entityChanged('followUp', 'hidden-from-members', 'hosts');
    entityChanged('followUp', 'for-members', 'members');
    await until(() => demoted.heard.length >= 1);
    await settle();
    expect(demoted.heard).toEqual([{ kind: 'followUp', id: 'for-members' }]);
  });
});
