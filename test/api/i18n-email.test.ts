/**
 * E-mails in the recipient's language, through a real Mailpit: a notification e-mail and a digest
 * to a member who reads Arabic (subject, HTML laid out right to left, text part), the same
 * notification in the app in the reader's language, and invitation e-mails in the inviting host's
 * language (kept when the invitation is issued again), the invitee's choice kept on the account.
 */
import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import type { TestContext } from '../helpers/server';
import { emailWorld, type EmailWorld } from '../helpers/emailWorld';
import type { Mailpit } from '../helpers/mailpit';
import { waitUntil } from '../helpers/patience';
import { createUser, signIn } from '../factories';
import { PendingEmail } from '../../server/models/PendingEmail';
import { User } from '../../server/models/User';

const isolated = (text: string) => `\u2068${text}\u2069`;

let mailpit: Mailpit;
let ctx: TestContext;
let host: request.Agent;
let reader: request.Agent;
let hostUser: EmailWorld['hostUser'];
let readerUser: EmailWorld['memberUser'];
let world: EmailWorld;
beforeAll(async () => {
  world = await emailWorld({ name: 'Amal Reader', language: 'ar' });
  ({ mailpit, ctx, host, member: reader, hostUser, memberUser: readerUser } = world);
});
afterAll(() => world.close());
const flush = () => world.flush();
const queued = (n: number) => world.queued(n);

const cid = () => randomBytes(8).toString('hex');
const newThread = async (title: string) =>
  (await host.post('/api/threads').send({ title, visibility: 'members' }).expect(201)).body.id as string;
const mention = (threadId: string, body: string) =>
  host
    .post(`/api/threads/${threadId}/messages`)
    .send({ clientId: cid(), body, mentions: [String(readerUser._id)] })
    .expect(201);

describe('notification e-mails to a reader of Arabic', () => {
  it('arrive in Arabic: subject, right-to-left HTML, text part and Content-Language', async () => {
    const threadId = await newThread('Budget 2026');
    await mention(threadId, 'Please look, @Amal Reader');
    await queued(1);
    await flush();
    const [mail] = await mailpit.waitForTo(readerUser.email);
    const full = await mailpit.message(mail!.ID);
    // Names and titles people wrote are isolated (FSI … PDI), so their punctuation stays with them.
    expect(full.Subject).toBe(`أشار إليك ${isolated('Hana Host')} في «${isolated('Budget 2026')}»`);
    expect(full.HTML).toContain('<html lang="ar" dir="rtl"');
    expect(full.HTML).toContain('ما الذي حدث');
    expect(full.HTML).toContain('افتح في مساحة العمل');
    expect(full.HTML).toContain('مساحة عمل التحالف');
    expect(full.HTML).toMatch(/text-align:right/);
    expect(full.HTML).not.toContain('What happened');
    expect(full.Text).toContain('ما الذي حدث');
    expect(full.Text).toContain('رُدّ على هذه الرسالة للمشاركة في المناقشة');
    expect(full.Text).toContain('إعدادات البريد الإلكتروني: ');
    expect(full.Text).toContain('إلغاء الاشتراك في هذه الإشعارات: ');
    expect(full.Text).toContain('Please look, @Amal Reader'); // what people wrote stays as written
    expect((await mailpit.headers(mail!.ID))['Content-Language']).toEqual(['ar']);
  });

  it('count several notifications with Arabic plural rules', async () => {
    await mailpit.clear();
    const threadId = await newThread('Hotline data');
    await mention(threadId, 'First, @Amal Reader');
    await mention(threadId, 'Second, @Amal Reader');
    await queued(2);
    await flush();
    const [mail] = await mailpit.waitForTo(readerUser.email);
    const full = await mailpit.message(mail!.ID);
    expect(full.Subject).toBe('إشعاران جديدان');
    expect(full.Text).toContain('ما الذي حدث، من الأقدم إلى الأحدث');
  });

  it('show the same notification in the app in each reader’s language (stored in English)', async () => {
    const ar = await reader.get('/api/notifications').expect(200);
    expect(ar.body.items[0].text).toBe(`أشار إليك ${isolated('Hana Host')} في «${isolated('Hotline data')}»`);
    const fr = ctx.agent().set('Accept-Language', 'fr');
    const frUser = await createUser({ role: 'member', name: 'Fanny' });
    await signIn(fr, frUser);
    const threadId = await newThread('Données');
    await host
      .post(`/api/threads/${threadId}/messages`)
      .send({ clientId: cid(), body: 'Voir, @Fanny', mentions: [String(frUser._id)] })
      .expect(201);
    const list = await waitUntil('the notification', async () => {
      const res = await fr.get('/api/notifications').expect(200);
      return res.body.items.length ? res.body.items : undefined;
    });
    expect(list[0].text).toBe('Hana Host vous a mentionné dans « Données »');
    const en = ctx.agent().set('Cookie', 'lang=en');
    await signIn(en, frUser);
    expect((await en.get('/api/notifications').expect(200)).body.items[0].text).toBe(
      'Hana Host mentioned you in “Données”',
    );
  });

  it('put a daily digest in Arabic too', async () => {
    await mailpit.clear();
    await reader
      .put('/api/email-preferences')
      .send({ topics: { mention: 'daily' } })
      .expect(200);
    const threadId = await newThread('Weekly call');
    await mention(threadId, 'For the digest, @Amal Reader');
    await waitUntil(
      'queued for the digest',
      async () =>
        (await PendingEmail.countDocuments({ recipientId: readerUser._id, frequency: 'daily' })) === 1,
    );
    expect(await ctx.server.email.runNow('daily', Date.now() + 2 * 24 * 3_600_000)).toBe(true);
    const mail = await waitUntil('the digest', async () =>
      (await mailpit.to(readerUser.email)).find((m) => m.Subject.includes('نشرتك اليومية')),
    );
    const full = await mailpit.message(mail.ID);
    expect(full.Subject).toBe('نشرتك اليومية – مساحة عمل التحالف');
    expect(full.HTML).toContain('dir="rtl"');
    expect(full.Text).toContain('إشعاراتك');
    expect(full.Text).toContain(`أشار إليك ${isolated('Hana Host')} في «${isolated('Weekly call')}»`);
    expect(full.Text).toContain('ما الذي حدث في مساحة عمل التحالف خلال اليوم الأخير.');
  });

  it('name the topics of the preferences page in the reader’s language', async () => {
    const res = await reader.get('/api/email-preferences').expect(200);
    expect(res.body.topics.find((t: { topic: string }) => t.topic === 'mention').label).toBe(
      'يشير إليك أحدهم',
    );
  });
});

describe('invitation e-mails', () => {
  it('are written in the inviting host’s language, and keep it when issued again', async () => {
    await mailpit.clear();
    const french = ctx.agent().set('Accept-Language', 'fr');
    await signIn(french, hostUser);
    const email = `invitee-${cid()}@example.test`;
    const issued = await french.post('/api/invitations').send({ email, role: 'observer' }).expect(201);
    expect(issued.body.emailed).toBe(true);
    const [mail] = await mailpit.waitForTo(email);
    const full = await mailpit.message(mail!.ID);
    expect(full.Subject).toBe('Vous êtes invité à rejoindre l’espace de travail de la coalition');
    expect(full.Text).toContain('avec le rôle « observateur »');
    expect(full.Text).toContain(issued.body.acceptUrl);
    expect((await mailpit.headers(mail!.ID))['Content-Language']).toEqual(['fr']);

    // Issued again by a host reading English: the invitee still gets French.
    await host.post(`/api/invitations/${issued.body.invitation.id}/reissue`).expect(201);
    const both = await mailpit.waitForTo(email, 2);
    expect((await mailpit.message(both[0]!.ID)).Subject).toBe(
      'Vous êtes invité à rejoindre l’espace de travail de la coalition',
    );
  });

  it('go in English from a host who reads English, and in Arabic from one who reads Arabic', async () => {
    await mailpit.clear();
    const english = `en-${cid()}@example.test`;
    await host.post('/api/invitations').send({ email: english, role: 'member' }).expect(201);
    const [en] = await mailpit.waitForTo(english);
    const enMail = await mailpit.message(en!.ID);
    expect(enMail.Subject).toBe('You are invited to the Coalition Workspace');
    expect(enMail.Text).toContain('You have been invited to join the Coalition Workspace as member.');

    const arabicHost = ctx.agent().set('Cookie', 'lang=ar');
    await signIn(arabicHost, hostUser);
    const arabic = `ar-${cid()}@example.test`;
    const issued = await arabicHost
      .post('/api/invitations')
      .send({ email: arabic, role: 'member' })
      .expect(201);
    const [ar] = await mailpit.waitForTo(arabic);
    const arMail = await mailpit.message(ar!.ID);
    expect(arMail.Subject).toBe('أنت مدعو إلى مساحة عمل التحالف');
    expect(arMail.Text).toContain('دُعيت إلى الانضمام إلى مساحة عمل التحالف بصفة عضو.');

    // The invitee chose Arabic as a visitor: the new account keeps that choice.
    const token = issued.body.token as string;
    const invitee = ctx.agent().set('Cookie', 'lang=ar');
    const accepted = await invitee
      .post(`/api/invitations/${token}/accept`)
      .send({ name: 'Nadia Invitee', password: 'a long enough password' })
      .expect(201);
    expect(accepted.body.user.language).toBe('ar');
    expect((await User.findOne({ email: arabic }).lean())!.language).toBe('ar');
  });
});
