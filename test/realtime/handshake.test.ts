import { startTestServer, type TestContext } from '../helpers/server';
import { connected, openSocket, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createUser, signIn } from '../factories';
import { userRoom } from '../../shared/realtime';
import { User } from '../../server/models/User';
import { safeHandler } from '../../server/realtime/safeHandler';
import type { AckData } from '../../shared/realtime';
import { ACK_MS } from '../helpers/patience';

let ctx: TestContext;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  ctx = await startTestServer();
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => ctx.close());

async function signedInCookie(role: 'member' | 'observer' | 'host' = 'member') {
  const user = await createUser({ role });
  const res = await signIn(ctx.agent(), user);
  return { user, cookie: sessionCookie(res.headers['set-cookie']) };
}

describe('socket handshake', () => {
  it('refuses an anonymous socket', async () => {
    const s = openSocket(ctx.url);
    sockets.push(s);
    await expect(connected(s)).rejects.toThrow('unauthenticated');
  });

  it('refuses a forged or stale session cookie', async () => {
    const s = openSocket(ctx.url, 'cw.sid=s%3Aforged.signature');
    sockets.push(s);
    await expect(connected(s)).rejects.toThrow('unauthenticated');
  });

  it('refuses a suspended user', async () => {
    const { user, cookie } = await signedInCookie();
    await User.updateOne({ _id: user._id }, { $set: { status: 'suspended' } });
    const s = openSocket(ctx.url, cookie);
    sockets.push(s);
    await expect(connected(s)).rejects.toThrow('unauthenticated');
  });

  it('connects a signed-in user, who can then talk to the server as themselves', async () => {
    const { user, cookie } = await signedInCookie('observer');
    const s = openSocket(ctx.url, cookie);
    sockets.push(s);
    await connected(s);
    const ack = await s.timeout(ACK_MS).emitWithAck('ping', {});
    expect(ack).toEqual({ ok: true, userId: String(user._id) });
  });

  it('answers an invalid payload with an error acknowledgement and keeps the connection', async () => {
    const { cookie } = await signedInCookie();
    const s = openSocket(ctx.url, cookie);
    sockets.push(s);
    await connected(s);
    const bad = await s.timeout(ACK_MS).emitWithAck('ping', { unexpected: true } as never);
    expect(bad).toMatchObject({ ok: false, error: 'invalid_input' });
    expect(s.connected).toBe(true);
    expect(await s.timeout(ACK_MS).emitWithAck('ping', {})).toMatchObject({ ok: true });
  });

  it('puts every socket of a user in that user’s room', async () => {
    const { user, cookie } = await signedInCookie();
    const a = openSocket(ctx.url, cookie);
    const b = openSocket(ctx.url, cookie);
    sockets.push(a, b);
    await Promise.all([connected(a), connected(b)]);
    const received = Promise.all(
      [a, b].map((s) => new Promise((resolve) => s.once('entity:changed', resolve))),
    );
    ctx.server.io.to(userRoom(String(user._id))).emit('entity:changed', { kind: 'indicator', id: '1' });
    expect(await received).toEqual([
      { kind: 'indicator', id: '1' },
      { kind: 'indicator', id: '1' },
    ]);
  });
});

describe('cross-site socket handshakes', () => {
  it('refuses a socket whose Origin is another site, even with a valid session cookie', async () => {
    const { cookie } = await signedInCookie();
    const { io: connect } = await import('socket.io-client');
    const evil = connect(ctx.url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { Cookie: cookie, Origin: 'https://evil.example' },
    });
    sockets.push(evil);
    await expect(connected(evil)).rejects.toThrow();
    const same = connect(ctx.url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { Cookie: cookie, Origin: ctx.url },
    });
    sockets.push(same);
    await connected(same);
  });
});

describe('the event registry', () => {
  const answer = (listener: ReturnType<typeof safeHandler>, payload: unknown) =>
    new Promise((resolve) => void listener(payload, resolve));

  it('parses a payload with its event’s schema, and refuses an acknowledgement outside the event’s, loudly', async () => {
    const errors: unknown[] = [];
    const log = { error: (...args: unknown[]) => void errors.push(args) };
    const drifted = safeHandler('ping', async () => ({ userId: 42 }) as unknown as AckData<'ping'>, { log });
    expect(await answer(drifted, {})).toEqual({ ok: false, error: 'internal', message: expect.any(String) });
    expect(errors).toHaveLength(1);

    const fine = safeHandler('ping', async () => ({ userId: 'u1' }), { log });
    expect(await answer(fine, {})).toEqual({ ok: true, userId: 'u1' });
    expect(await answer(fine, { unexpected: true })).toMatchObject({ ok: false, error: 'invalid_input' });
    expect(errors).toHaveLength(1);
  });
});
