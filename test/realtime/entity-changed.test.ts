import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createIndicatorVia } from '../helpers/indicators';
import { createUser, signIn } from '../factories';
import type { EntityChanged } from '../../shared/realtime';
import { entityChanged } from '../../server/events';
import { ACK_MS, waitUntil } from '../helpers/patience';

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

/**
 * Before asserting that a socket heard nothing more: each event is sent to all its rooms at once,
 * and a socket's events arrive in order, so once the socket answers a ping, whatever was sent to it
 * with an event already heard elsewhere has arrived.
 */
const barrier = async (...people: { socket: TestSocket }[]) => {
  for (const p of people) await p.socket.timeout(ACK_MS).emitWithAck('ping', {});
};

describe('entity:changed', () => {
  it('tells another member’s socket when a member saves an indicator revision', async () => {
    const author = await person('member');
    const reader = await person('member');
    const code = await createIndicatorVia(author.agent, { visibility: 'members' });
    await waitUntil('the creation event', () => reader.heard.length > 0);
    reader.heard.length = 0;

    await author.agent
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, title: 'Median time to removal' })
      .expect(200);
    await waitUntil('the revision event', () => reader.heard.length > 0);
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
    await waitUntil('both events on the other host’s socket', () => otherHost.heard.length >= 2);
    await barrier(otherHost, observer, member);
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
    await waitUntil('both events', () => observer.heard.length >= 2);
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
    await waitUntil('the members’ event', () => demoted.heard.length >= 1);
    await barrier(demoted);
    expect(demoted.heard).toEqual([{ kind: 'followUp', id: 'for-members' }]);
  });
});
