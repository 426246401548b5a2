/**
 * An indicator's language and its translations: who may write them (as who may revise), bad input,
 * the DTO round trip, the same visibility as the indicator, search and the audit log.
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createOrganisation, createUser, signIn } from '../factories';
import { createIndicatorVia } from '../helpers/indicators';
import { AuditEvent } from '../../server/models/AuditEvent';
import { IndicatorDtoSchema, IndicatorSummarySchema } from '../../shared/schemas/indicator';

type Caller = 'anonymous' | 'observer' | 'member' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
beforeAll(async () => {
  ctx = await startTestServer();
  const org = await createOrganisation();
  agents.anonymous = ctx.agent();
  for (const role of ['observer', 'member', 'host'] as const) {
    agents[role] = ctx.agent();
    await signIn(agents[role], await createUser({ role, organisationId: org._id, name: `Tess ${role}` }));
  }
});
afterAll(() => ctx.close());

const FRENCH = {
  title: 'Délai de retrait après un signalement',
  definition: 'Le temps écoulé entre un signalement confirmé et le retrait du contenu.',
  computation: 'Soustraire l’heure du signalement de l’heure du retrait.',
};
const ARABIC = {
  title: 'مدة الإزالة بعد الإبلاغ',
  definition: 'المدة الفاصلة بين تأكيد البلاغ وإزالة المحتوى من الإنترنت.',
};

const put = (agent: request.Agent, code: string, language: string, body: object = FRENCH) =>
  agent.put(`/api/indicators/${code}/translations/${language}`).send(body);
const remove = (agent: request.Agent, code: string, language: string) =>
  agent.delete(`/api/indicators/${code}/translations/${language}`);

describe('PUT /api/indicators/:code/translations/:language', () => {
  it('is for those who may revise the indicator: 401 anonymous, 403 observer, 404 where it is hidden', async () => {
    const code = await createIndicatorVia(agents.member, { visibility: 'public' });
    await put(agents.anonymous, code, 'fr').expect(401);
    await put(agents.observer, code, 'fr').expect(403);
    const hidden = await createIndicatorVia(agents.host, { visibility: 'hosts' });
    await put(agents.member, hidden, 'fr').expect(404);
    await put(agents.host, hidden, 'fr').expect(200);
    await put(agents.member, code, 'fr').expect(200);
    expect(await AuditEvent.countDocuments({ action: 'indicator.translated' })).toBe(2);
  });

  it('refuses bad input: an unknown language, the original language, no title, unknown fields, a future revision', async () => {
    const code = await createIndicatorVia(agents.member);
    await put(agents.member, code, 'de').expect(400);
    await put(agents.member, code, 'EN').expect(400);
    const own = await put(agents.member, code, 'en').expect(400);
    expect(own.body.fields).toHaveProperty('language');
    await put(agents.member, code, 'fr', { definition: 'Sans titre' }).expect(400);
    await put(agents.member, code, 'fr', { ...FRENCH, title: 'x' }).expect(400);
    await put(agents.member, code, 'fr', { ...FRENCH, tier: 'I' }).expect(400);
    await put(agents.member, code, 'fr', { ...FRENCH, definition: 'a'.repeat(10_001) }).expect(400);
    const future = await put(agents.member, code, 'fr', { ...FRENCH, revision: 2 }).expect(400);
    expect(future.body.fields).toHaveProperty('revision');
    await put(agents.member, 'NOPE-01', 'fr').expect(404);
    expect((await agents.member.get(`/api/indicators/${code}`).expect(200)).body.translations).toEqual([]);
  });

  it('creates and replaces a translation; the DTO carries language and translations, in the language bar’s order', async () => {
    const code = await createIndicatorVia(agents.member, { visibility: 'public' });
    const created = await put(agents.member, code, 'fr').expect(200);
    expect(IndicatorDtoSchema.parse(created.body)).toBeTruthy();
    expect(created.body.language).toBe('en');
    expect(created.body.can.translate).toBe(true);
    expect(created.body.translations).toEqual([
      {
        language: 'fr',
        ...FRENCH,
        unit: '',
        rationale: '',
        disaggregation: '',
        dataSources: '',
        limitations: '',
        references: '',
        revision: 1,
        translatedAt: expect.any(String),
        translatedBy: { id: expect.any(String), name: 'Tess member' },
      },
    ]);
    await put(agents.host, code, 'ar', ARABIC).expect(200);
    const replaced = await put(agents.member, code, 'fr', { ...FRENCH, unit: 'Heures' }).expect(200);
    expect(replaced.body.translations.map((t: { language: string }) => t.language)).toEqual(['ar', 'fr']);
    expect(replaced.body.translations[1]).toMatchObject({ unit: 'Heures', title: FRENCH.title });
    const audit = await AuditEvent.find({ action: 'indicator.translated', 'details.code': code })
      .sort({ at: 1 })
      .lean();
    expect(audit.map((a) => [a.details.language, a.details.replaced])).toEqual([
      ['fr', false],
      ['ar', false],
      ['fr', true],
    ]);

    // Round trip: what the indicator page and the catalogue read back.
    const read = await agents.anonymous.get(`/api/indicators/${code}`).expect(200);
    expect(IndicatorDtoSchema.parse(read.body).translations).toEqual(replaced.body.translations);
    expect(read.body.can.translate).toBe(false);
    const list = await agents.anonymous.get('/api/indicators').query({ limit: 100 }).expect(200);
    const summary = list.body.items.find((i: { code: string }) => i.code === code);
    expect(IndicatorSummarySchema.parse(summary)).toMatchObject({
      language: 'en',
      translations: [
        { language: 'ar', title: ARABIC.title },
        { language: 'fr', title: FRENCH.title },
      ],
    });
  });

  it('keeps the revision it translated while the original moves on', async () => {
    const code = await createIndicatorVia(agents.member);
    await put(agents.member, code, 'fr').expect(200);
    const saved = await agents.member
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, unit: 'Hours' })
      .expect(200);
    expect(saved.body.currentRevision).toBe(2);
    expect(saved.body.translations[0]).toMatchObject({ language: 'fr', revision: 1 });
    const again = await put(agents.member, code, 'fr', { ...FRENCH, unit: 'Heures' }).expect(200);
    expect(again.body.translations[0].revision).toBe(2);
    const older = await put(agents.member, code, 'fr', { ...FRENCH, revision: 1 }).expect(200);
    expect(older.body.translations[0].revision).toBe(1);
  });

  it('translates an indicator written in another language into English', async () => {
    const code = await createIndicatorVia(agents.member, {
      title: 'Délai de retrait après un signalement',
      definition: 'Le temps écoulé entre un signalement confirmé et le retrait.',
      computation: 'Soustraire les heures.',
      language: 'fr',
    });
    const dto = (await agents.member.get(`/api/indicators/${code}`).expect(200)).body;
    expect(dto.language).toBe('fr');
    await put(agents.member, code, 'fr').expect(400);
    const en = await put(agents.member, code, 'en', { title: 'Time to removal after a report' }).expect(200);
    expect(en.body.translations.map((t: { language: string }) => t.language)).toEqual(['en']);
  });

  it('takes the author’s interface language as the original when the form names none', async () => {
    const code = await createIndicatorVia(agents.member, { title: 'Доля удалённых материалов' });
    expect((await agents.member.get(`/api/indicators/${code}`).expect(200)).body.language).toBe('en');
    const res = await agents.member
      .post('/api/indicators')
      .set('Accept-Language', 'ru')
      .send({
        code: `R${Date.now().toString(36).toUpperCase().slice(-6)}-01`,
        title: 'Доля удалённых материалов',
      })
      .expect(201);
    expect(res.body.language).toBe('ru');
    await agents.member
      .post('/api/indicators')
      .send({
        code: `Q${Date.now().toString(36).toUpperCase().slice(-6)}-01`,
        title: 'Bad language',
        language: 'xx',
      })
      .expect(400);
  });
});

describe('DELETE /api/indicators/:code/translations/:language', () => {
  it('removes a translation: 401 anonymous, 403 observer, 404 hidden or absent, 400 bad language', async () => {
    const code = await createIndicatorVia(agents.member, { visibility: 'public' });
    await put(agents.member, code, 'fr').expect(200);
    await put(agents.member, code, 'ar', ARABIC).expect(200);
    await remove(agents.anonymous, code, 'fr').expect(401);
    await remove(agents.observer, code, 'fr').expect(403);
    await remove(agents.member, code, 'xx').expect(400);
    await remove(agents.member, code, 'es').expect(404);
    const hidden = await createIndicatorVia(agents.host, { visibility: 'hosts' });
    await put(agents.host, hidden, 'fr').expect(200);
    await remove(agents.member, hidden, 'fr').expect(404);

    const res = await remove(agents.member, code, 'fr').expect(200);
    expect(IndicatorDtoSchema.parse(res.body).translations.map((t) => t.language)).toEqual(['ar']);
    await remove(agents.member, code, 'fr').expect(404);
    expect(
      await AuditEvent.countDocuments({ action: 'indicator.translation-removed', 'details.code': code }),
    ).toBe(1);
    // No longer found by its words either.
    const found = await agents.anonymous.get('/api/indicators').query({ q: 'retrait' }).expect(200);
    expect(found.body.items.map((i: { code: string }) => i.code)).not.toContain(code);
  });
});

describe('PUT /api/indicators/:code/language', () => {
  it('corrects the original language, for those who may revise; 409 while a translation is in that language', async () => {
    const code = await createIndicatorVia(agents.member, { visibility: 'public' });
    await agents.anonymous.put(`/api/indicators/${code}/language`).send({ language: 'es' }).expect(401);
    await agents.observer.put(`/api/indicators/${code}/language`).send({ language: 'es' }).expect(403);
    await agents.member.put(`/api/indicators/${code}/language`).send({ language: 'xx' }).expect(400);
    await agents.member.put(`/api/indicators/${code}/language`).send({}).expect(400);
    await put(agents.member, code, 'fr').expect(200);
    await agents.member.put(`/api/indicators/${code}/language`).send({ language: 'fr' }).expect(409);
    const res = await agents.member
      .put(`/api/indicators/${code}/language`)
      .send({ language: 'es' })
      .expect(200);
    expect(res.body).toMatchObject({ language: 'es', translations: [{ language: 'fr' }] });
    // The same language again changes nothing and records nothing.
    await agents.member.put(`/api/indicators/${code}/language`).send({ language: 'es' }).expect(200);
    expect(
      await AuditEvent.countDocuments({ action: 'indicator.language-changed', 'details.code': code }),
    ).toBe(1);
  });
});

describe('visibility', () => {
  it('shows a translation only to those who may read the indicator, in the catalogue and its search too', async () => {
    const word = `Confidentiel${Date.now().toString(36)}`;
    const code = await createIndicatorVia(agents.member, { visibility: 'members' });
    await put(agents.member, code, 'fr', { ...FRENCH, title: `${word} : délai de retrait` }).expect(200);
    await agents.anonymous.get(`/api/indicators/${code}`).expect(404);
    const anon = await agents.anonymous.get('/api/indicators').query({ q: word }).expect(200);
    expect(anon.body.items).toEqual([]);
    const all = await agents.anonymous.get('/api/indicators').query({ limit: 100 }).expect(200);
    expect(JSON.stringify(all.body)).not.toContain(word);
    const member = await agents.observer.get('/api/indicators').query({ q: word.toUpperCase() }).expect(200);
    expect(member.body.items.map((i: { code: string }) => i.code)).toEqual([code]);
    expect(member.body.items[0].translations).toEqual([
      { language: 'fr', title: `${word} : délai de retrait` },
    ]);
    const json = await agents.anonymous.get(`/api/indicators/${code}/export.json`);
    expect(json.status).toBe(404);
  });

  it('finds an indicator by its translations’ words, folded like any search', async () => {
    const code = await createIndicatorVia(agents.member, { visibility: 'public' });
    await put(agents.member, code, 'ar', ARABIC).expect(200);
    const found = await agents.anonymous.get('/api/indicators').query({ q: 'الانترنت' }).expect(200);
    expect(found.body.items.map((i: { code: string }) => i.code)).toContain(code);
  });
});
