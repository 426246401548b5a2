/** A document's language: set at upload (default: the uploader's language), edited, shown, filtered on. */
import { Types } from 'mongoose';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { DocumentModel } from '../../server/models/Document';
import { DocumentDtoSchema, DocumentListSchema } from '../../shared/schemas/document';

let ctx: TestContext;
let member: request.Agent;
let arabicReader: request.Agent;
let other: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  [member, arabicReader, other] = [ctx.agent(), ctx.agent(), ctx.agent()];
  await signIn(member, await createUser({ role: 'member' }));
  await signIn(arabicReader, await createUser({ role: 'member', language: 'ar' }));
  await signIn(other, await createUser({ role: 'member' }));
});
afterAll(() => ctx.close());

function upload(
  agent: request.Agent,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  let req = agent.post('/api/documents').set(headers);
  for (const [k, v] of Object.entries({
    title: 'Hotline notes',
    kind: 'resource',
    visibility: 'members',
    ...fields,
  }))
    req = req.field(k, v);
  return req.attach('file', Buffer.from('Notes from the hotline workshop.', 'utf8'), 'notes.txt');
}

describe('at upload', () => {
  it('takes the language the form gives', async () => {
    const res = await upload(member, { language: 'es', title: 'Notas de la línea de denuncia' }).expect(201);
    expect(res.body.language).toBe('es');
    expect(DocumentDtoSchema.safeParse(res.body).success).toBe(true);
    expect((await DocumentModel.findById(res.body.id).lean())!.language).toBe('es');
  });

  it('defaults to the uploader’s language: account, then Accept-Language, then English', async () => {
    expect((await upload(member).expect(201)).body.language).toBe('en');
    expect(
      (await upload(member, {}, { 'Accept-Language': 'fr-FR,fr;q=0.9' }).expect(201)).body.language,
    ).toBe('fr');
    expect(
      (await upload(member, { language: '' }, { 'Accept-Language': 'ru' }).expect(201)).body.language,
    ).toBe('ru');
    expect((await upload(arabicReader, {}, { 'Accept-Language': 'fr' }).expect(201)).body.language).toBe(
      'ar',
    );
    // The form's choice wins over all of them.
    expect((await upload(arabicReader, { language: 'zh' }).expect(201)).body.language).toBe('zh');
  });

  it('refuses a language that is not one of the six', async () => {
    const res = await upload(member, { language: 'de' }).expect(400);
    expect(res.body.fields).toHaveProperty('language');
  });
});

describe('editing', () => {
  it('changes the language with the other metadata, owner only, and refuses a bad one', async () => {
    const { id } = (await upload(member, { title: 'Rapport de la ligne de signalement' }).expect(201)).body;
    const res = await member.patch(`/api/documents/${id}`).send({ language: 'fr', year: 2013 }).expect(200);
    expect(res.body).toMatchObject({ language: 'fr', year: 2013 });
    expect((await member.get(`/api/documents/${id}`).expect(200)).body.language).toBe('fr');
    await member.patch(`/api/documents/${id}`).send({ language: 'xx' }).expect(400);
    await member.patch(`/api/documents/${id}`).send({ language: null }).expect(400);
    await other.patch(`/api/documents/${id}`).send({ language: 'es' }).expect(403);
    expect((await member.get(`/api/documents/${id}`).expect(200)).body.language).toBe('fr');
  });

  it('shows documents stored before languages as English', async () => {
    const { id } = (await upload(member).expect(201)).body;
    await DocumentModel.collection.updateOne(
      { _id: new Types.ObjectId(String(id)) },
      { $unset: { language: '' } },
    );
    await ctx.server.library.reindex(id);
    const res = await member.get(`/api/documents/${id}`).expect(200);
    expect(res.body.language).toBe('en');
  });
});

describe('the library', () => {
  it('filters by language, alone and with words, and refuses an unknown language', async () => {
    const tag = `lang${Date.now().toString(36)}`;
    const fr = (
      await upload(member, { language: 'fr', tags: tag, title: 'Synthèse des signalements' }).expect(201)
    ).body.id;
    const ar = (await upload(member, { language: 'ar', tags: tag, title: 'ملخص البلاغات' }).expect(201)).body
      .id;
    await upload(member, { language: 'en', tags: tag }).expect(201);
    const list = async (query: Record<string, string>) => {
      const res = await member
        .get('/api/documents')
        .query({ tag, ...query })
        .expect(200);
      expect(DocumentListSchema.safeParse(res.body).success).toBe(true);
      return res.body.items.map((d: { id: string }) => d.id);
    };
    expect(await list({ language: 'fr' })).toEqual([fr]);
    expect(await list({ language: 'ar' })).toEqual([ar]);
    expect(await list({ language: 'zh' })).toEqual([]);
    expect(await list({})).toHaveLength(3);
    expect(await list({ language: 'fr', q: 'synthese' })).toEqual([fr]);
    expect(await list({ language: 'ar', q: 'synthese' })).toEqual([]);
    const items = (await member.get('/api/documents').query({ tag }).expect(200)).body.items as {
      language: string;
    }[];
    expect(items.map((d) => d.language).sort()).toEqual(['ar', 'en', 'fr']);
    await member.get('/api/documents').query({ language: 'klingon' }).expect(400);
  });
});
