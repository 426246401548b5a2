/**
 * Ending a session over HTTP ends it everywhere: the session is gone at once, and the end is
 * announced on the in-process bus (server/events.ts) that the realtime module turns into cut sockets
 * (and that reaches other instances through a Socket.IO adapter).
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { sessionCookie } from '../helpers/sockets';
import { createUser, signIn } from '../factories';
import { appEvents, type AppEvents } from '../../server/events';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer();
});
afterAll(() => ctx.close());

/** The session id inside a `cw.sid=s%3A<id>.<signature>` cookie. */
const sidOf = (cookie: string) => {
  const signed = decodeURIComponent(cookie.slice('cw.sid='.length)).replace(/^s:/, '');
  return signed.slice(0, signed.lastIndexOf('.'));
};

/** Records every emission of a bus event while `fn` runs. */
async function heard<E extends keyof AppEvents>(event: E, fn: () => Promise<unknown>) {
  const got: AppEvents[E][] = [];
  const listener = (...args: AppEvents[E]) => void got.push(args);
  appEvents.on(event, listener as never);
  try {
    await fn();
  } finally {
    appEvents.off(event, listener as never);
  }
  return got;
}

async function signedIn(user: { email: string; password: string }) {
  const agent = ctx.agent();
  const res = await signIn(agent, user);
  return { agent, cookie: sessionCookie(res.headers['set-cookie']) };
}

const me = (agent: request.Agent) => agent.get('/api/auth/me').then((r) => r.status);

describe('signing out', () => {
  it('ends exactly that session and announces it, so its sockets can be cut', async () => {
    const user = await createUser();
    const here = await signedIn(user);
    const there = await signedIn(user);
    const ended = await heard('session.ended', () => here.agent.post('/api/auth/logout').expect(204));
    expect(ended).toEqual([[sidOf(here.cookie)]]);
    expect(await me(here.agent)).toBe(401);
    await ctx.agent().get('/api/auth/me').set('Cookie', here.cookie).expect(401);
    expect(await me(there.agent)).toBe(200);
  });

  it('announces nothing when there was no signed-in session', async () => {
    const ended = await heard('session.ended', () => ctx.agent().post('/api/auth/logout').expect(204));
    expect(ended).toEqual([]);
  });
});

describe('changing one’s password', () => {
  it('revokes every other session and names the one kept, under its old and its new id', async () => {
    const user = await createUser();
    const here = await signedIn(user);
    const stolen = await signedIn(user);
    let renewed = '';
    const revoked = await heard('user.other-sessions-revoked', async () => {
      const res = await here.agent
        .post('/api/auth/password')
        .send({ currentPassword: user.password, newPassword: 'a brand new passphrase' })
        .expect(200);
      renewed = sessionCookie(res.headers['set-cookie']);
    });
    expect(revoked).toEqual([[String(user._id), { from: sidOf(here.cookie), to: sidOf(renewed) }]]);
    expect(sidOf(renewed)).not.toBe(sidOf(here.cookie));
    expect(await me(here.agent)).toBe(200);
    expect(await me(stolen.agent)).toBe(401);
  });

  it('announces nothing when the current password is wrong', async () => {
    const user = await createUser();
    const here = await signedIn(user);
    const revoked = await heard('user.other-sessions-revoked', () =>
      here.agent
        .post('/api/auth/password')
        .send({ currentPassword: 'not the password', newPassword: 'a brand new passphrase' })
        .expect(403),
    );
    expect(revoked).toEqual([]);
  });
});

describe('a host suspending an account', () => {
  it('revokes all of its sessions', async () => {
    const host = await signedIn(await createUser({ role: 'host' }));
    const user = await createUser();
    const one = await signedIn(user);
    const revoked = await heard('user.sessions-revoked', () =>
      host.agent.patch(`/api/users/${user._id}`).send({ status: 'suspended' }).expect(200),
    );
    expect(revoked).toEqual([[String(user._id)]]);
    expect(await me(one.agent)).toBe(401);
  });
});
