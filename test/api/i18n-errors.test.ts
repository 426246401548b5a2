/**
 * Error answers in the reader's language, on a real server: a 404, a 409 and a 400 with field
 * errors in French or Arabic by Accept-Language, by the `lang` cookie and by the account's language
 * (chosen with PUT /api/language), English by default (byte for byte what it always said); zod's own
 * messages translated too; socket acknowledgements in the socket user's language; and
 * PUT /api/language itself.
 */
import request from 'supertest';
import { io as connect } from 'socket.io-client';
import { startTestServer, type TestContext } from '../helpers/server';
import { connected, sessionCookie, type TestSocket } from '../helpers/sockets';
import { createUser, signIn } from '../factories';
import { WAIT_MS, waitUntil } from '../helpers/patience';

let ctx: TestContext;
let host: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  ctx = await startTestServer();
  host = await createUser({ role: 'host', name: 'Hana Host' });
});
afterAll(() => ctx.close());

/** A request as a browser on this site makes it (with Origin), in no language unless told. */
const anonymous = () => ctx.agent();

const missingMeeting = (agent: request.Agent) => agent.get('/api/meetings/no-such-meeting').expect(404);
const badLogin = (agent: request.Agent) =>
  agent.post('/api/auth/login').send({ email: 'not an address', password: '' }).expect(400);

describe('by default (no language asked for)', () => {
  it('answers in English, as it always did', async () => {
    expect((await missingMeeting(anonymous())).body).toEqual({
      error: 'not_found',
      message: 'Meeting not found',
    });
    const bad = await badLogin(anonymous());
    expect(bad.body).toEqual({
      error: 'invalid_input',
      message: 'email: Enter a valid email address; password: Enter your password',
      fields: { email: 'Enter a valid email address', password: 'Enter your password' },
    });
    const zod = await anonymous().put('/api/language').send({ language: 'de' }).expect(400);
    expect(zod.body.fields.language).toBe('Invalid option: expected one of "ar"|"zh"|"en"|"fr"|"ru"|"es"');
  });
});

describe('by Accept-Language', () => {
  it('answers a 404 in French', async () => {
    const res = await missingMeeting(anonymous().set('Accept-Language', 'fr-CH, fr;q=0.9, en;q=0.5'));
    expect(res.body).toEqual({ error: 'not_found', message: 'Réunion introuvable' });
  });

  it('answers a 400 with its fields in Arabic, keeping the "field: message" shape', async () => {
    const res = await badLogin(anonymous().set('Accept-Language', 'ar'));
    expect(res.body.fields).toEqual({
      email: 'أدخل عنوان بريد إلكتروني صالحًا',
      password: 'أدخل كلمة المرور',
    });
    expect(res.body.message).toBe('email: أدخل عنوان بريد إلكتروني صالحًا; password: أدخل كلمة المرور');
  });

  it('translates zod’s own messages, and the unknown-field message', async () => {
    const fr = anonymous().set('Accept-Language', 'fr');
    const res = await fr.put('/api/language').send({ language: 'de', colour: 'blue' }).expect(400);
    expect(res.body.fields.language).toMatch(/^Option invalide/);
    expect(res.body.fields._).toBe('Champ(s) inconnu(s) : colour');
    const ru = await anonymous()
      .set('Accept-Language', 'ru')
      .put('/api/language')
      .send({ language: 42 })
      .expect(400);
    expect(ru.body.fields.language).toMatch(/^Неверн/);
  });

  it('answers a cross-site refusal (403) in the reader’s language too', async () => {
    const res = await request(ctx.url)
      .put('/api/language')
      .set('Accept-Language', 'zh-CN')
      .send({ language: 'zh' })
      .expect(403);
    expect(res.body).toEqual({
      error: 'csrf_rejected',
      message: '跨站请求被拒绝：缺少 Origin 标头，或其并非本站点',
    });
  });
});

describe('by the lang cookie', () => {
  it('answers in the visitor’s chosen language, before Accept-Language', async () => {
    const visitor = anonymous();
    const chosen = await visitor.put('/api/language').send({ language: 'ar' }).expect(200);
    expect(chosen.body).toEqual({ language: 'ar' });
    expect(String(chosen.headers['set-cookie'])).toMatch(/(^|,\s*)lang=ar;/);
    const res = await missingMeeting(visitor.set('Accept-Language', 'fr'));
    expect(res.body.message).toBe('الاجتماع غير موجود');
  });

  it('works from a cookie set by hand as well', async () => {
    const res = await missingMeeting(anonymous().set('Cookie', 'lang=fr'));
    expect(res.body.message).toBe('Réunion introuvable');
  });
});

describe('by the account’s language', () => {
  it('stores the choice on the account (the session shows it) and answers in it everywhere', async () => {
    const agent = anonymous();
    await signIn(agent, host);
    expect((await agent.get('/api/auth/session').expect(200)).body.user.language).toBeNull();
    await agent.put('/api/language').send({ language: 'fr' }).expect(200);
    expect((await agent.get('/api/auth/session').expect(200)).body.user.language).toBe('fr');

    // The account wins over Accept-Language (and over an older cookie: a fresh agent, same account).
    const other = anonymous().set('Accept-Language', 'ar');
    await signIn(other, host);
    expect((await missingMeeting(other)).body.message).toBe('Réunion introuvable');

    // A 409: inviting someone who already has an account.
    const conflict = await other
      .post('/api/invitations')
      .send({ email: host.email, role: 'member' })
      .expect(409);
    expect(conflict.body).toEqual({
      error: 'account_exists',
      message: 'Une personne possède déjà un compte avec cette adresse électronique',
    });

    await other.put('/api/language').send({ language: 'ar' }).expect(200);
    const arabic = await other
      .post('/api/invitations')
      .send({ email: host.email, role: 'member' })
      .expect(409);
    expect(arabic.body.message).toBe('يوجد حساب بالفعل مرتبط بهذا البريد الإلكتروني');
  });

  it('answers 409s in English to a reader who asked for nothing', async () => {
    const agent = anonymous();
    const english = await createUser({ role: 'host' });
    await signIn(agent, english);
    const res = await agent.post('/api/invitations').send({ email: host.email, role: 'member' }).expect(409);
    expect(res.body.message).toBe('Someone with this email already has an account');
  });
});

describe('PUT /api/language', () => {
  it('refuses a language that is not one of the six (400), in the reader’s language', async () => {
    const res = await anonymous().set('Cookie', 'lang=es').put('/api/language').send({ language: 'de' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_input');
    expect(res.body.fields.language).toMatch(/^Opción inválida/);
  });

  it('refuses a cross-site request without Origin (403) like every other write', async () => {
    const res = await request(ctx.url).put('/api/language').send({ language: 'fr' });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('csrf_rejected');
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('socket acknowledgements', () => {
  const socketOf = async (cookie: string, acceptLanguage?: string): Promise<TestSocket> => {
    const socket: TestSocket = connect(ctx.url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { Cookie: cookie, ...(acceptLanguage ? { 'Accept-Language': acceptLanguage } : {}) },
    });
    await connected(socket);
    return socket;
  };
  const join = (socket: TestSocket, threadId: string) =>
    new Promise<{ ok: boolean; error?: string; message?: string }>((resolve) =>
      socket.emit('thread:join', { threadId }, resolve),
    );

  it('answer in the handshake’s language, and in the account’s once it has one', async () => {
    const user = await createUser({ role: 'member' });
    const agent = anonymous();
    const cookie = sessionCookie((await signIn(agent, user)).headers['set-cookie']);
    const socket = await socketOf(cookie, 'fr');
    try {
      expect(await join(socket, '0123456789abcdef01234567')).toEqual({
        ok: false,
        error: 'not_found',
        message: 'Discussion introuvable',
      });
      expect((await join(socket, 'nope')).message).toBe('threadId: Doit être un identifiant valide');

      await agent.put('/api/language').send({ language: 'ru' }).expect(200);
      // The socket reads its account again within two seconds (ViewerCache): ask until it has.
      const answer = await waitUntil(
        'an answer no longer in French',
        async () => {
          const ack = await join(socket, '0123456789abcdef01234567');
          return ack.message !== 'Discussion introuvable' && ack;
        },
        WAIT_MS,
        100,
      );
      expect(answer.message).toBe('Обсуждение не найдено');
    } finally {
      socket.disconnect();
    }
  });

  it('answer in English when nothing says otherwise', async () => {
    const user = await createUser({ role: 'member' });
    const cookie = sessionCookie((await signIn(anonymous(), user)).headers['set-cookie']);
    const socket = await socketOf(cookie);
    try {
      expect((await join(socket, '0123456789abcdef01234567')).message).toBe('Thread not found');
    } finally {
      socket.disconnect();
    }
  });
});
