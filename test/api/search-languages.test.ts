/**
 * Search in every script through the API, with real sentences: the library (in-memory index) and the
 * indicator catalogue (stored search text) find Arabic whatever its vowel marks and hamza forms,
 * Russian in any case with ё as е, and Chinese words inside sentences written without spaces.
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { createIndicatorVia, newCode } from '../helpers/indicators';
import { Indicator } from '../../server/models/Indicator';
import { backfillIndicatorSearch } from '../../server/features/indicators/indicators';

let ctx: TestContext;
let member: request.Agent;
let anonymous: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  member = ctx.agent();
  anonymous = ctx.agent();
  await signIn(member, await createUser({ role: 'member' }));
});
afterAll(() => ctx.close());

async function upload(fields: Record<string, string>, body: string) {
  let req = member.post('/api/documents');
  for (const [k, v] of Object.entries({ kind: 'resource', visibility: 'public', ...fields }))
    req = req.field(k, v);
  const res = await req.attach('file', Buffer.from(body, 'utf8'), 'notes.txt').expect(201);
  return res.body.id as string;
}

type Hit = { id: string; title: string; snippet: string | null };
const library = async (q: string) =>
  ((await anonymous.get('/api/documents').query({ q }).expect(200)).body.items as Hit[]).sort((a, b) =>
    a.id.localeCompare(b.id),
  );
const found = async (q: string) => (await library(q)).map((h) => h.id).sort();

describe('library search', () => {
  const ids = {} as Record<'ar' | 'arText' | 'ru' | 'zh' | 'zhText', string>;
  beforeAll(async () => {
    ids.ar = await upload(
      { title: 'حماية الأطفال على الإنترنت', language: 'ar' },
      'يعرض هذا التقرير المبادئ التوجيهية للمدارس.',
    );
    ids.arText = await upload(
      { title: 'Field notes (Arabic)', language: 'ar' },
      'مقدمة قصيرة. تتناول هذه الورقة سَلامَةَ الأَطْفالِ عَلى الإِنْتَرْنِتِ وَدَوْرَ خُطوطِ الإِبْلاغِ في إِزالَةِ المُحْتَوى.',
    );
    ids.ru = await upload(
      { title: 'Безопасность детей в интернете', language: 'ru' },
      'Отчёт о горячих линиях и удалении материалов.',
    );
    ids.zh = await upload({ title: '儿童在线安全指标', language: 'zh' }, '本文介绍指标的制定过程。');
    ids.zhText = await upload(
      { title: 'Hotline notes (Chinese)', language: 'zh' },
      '各国的互联网热线处理了大量举报。删除时间因国家而异，有些内容在举报后仍长期在线。',
    );
    await ctx.server.library.idle();
  });

  it('finds Arabic by a word without vowel marks or hamza, by a vowelled form, and without the article', async () => {
    expect(await found('الانترنت')).toEqual([ids.ar, ids.arText].sort());
    expect(await found('الإِنْتَرْنِت')).toEqual([ids.ar, ids.arText].sort());
    expect(await found('إنترنت')).toEqual([ids.ar, ids.arText].sort());
    expect(await found('حمايه')).toEqual([ids.ar]);
    expect(await found('خطوط الابلاغ')).toEqual([ids.arText]);
  });

  it('cuts the snippet of a vowelled text around the match, as written', async () => {
    const [hit] = await library('الانترنت خطوط');
    expect(hit!.id).toBe(ids.arText);
    expect(hit!.snippet).toContain('الإِنْتَرْنِتِ');
  });

  it('finds Russian in any case, by prefix, with ё as е', async () => {
    expect(await found('интернет')).toEqual([ids.ru]);
    expect(await found('ДЕТЕЙ')).toEqual([ids.ru]);
    expect(await found('отчет')).toEqual([ids.ru]);
    expect(await found('Отчёт горячих')).toEqual([ids.ru]);
  });

  it('finds a Chinese word inside a sentence, and a whole phrase, in titles and texts', async () => {
    expect(await found('安全')).toEqual([ids.zh]);
    expect(await found('指标')).toEqual([ids.zh]);
    expect(await found('儿童在线安全指标')).toEqual([ids.zh]);
    expect(await found('热线')).toEqual([ids.zhText]);
    expect(await found('举报')).toEqual([ids.zhText]);
    expect(await found('删除时间')).toEqual([ids.zhText]);
    const [hit] = await library('删除时间');
    expect(hit!.snippet).toContain('删除时间因国家而异');
  });

  it('filters by language', async () => {
    const res = await anonymous.get('/api/documents').query({ q: 'الانترنت', language: 'ar' }).expect(200);
    expect(res.body.items).toHaveLength(2);
    const none = await anonymous.get('/api/documents').query({ q: 'الانترنت', language: 'fr' }).expect(200);
    expect(none.body.items).toEqual([]);
  });
});

describe('catalogue search', () => {
  const codes = {} as Record<'ar' | 'ru' | 'zh', string>;
  beforeAll(async () => {
    codes.ar = await createIndicatorVia(member, {
      code: newCode(),
      title: 'حماية الأطفال على الإنترنت',
      definition: 'نسبة البلاغات التي تُزال خلال يوم واحد.',
      language: 'ar',
      visibility: 'public',
    });
    codes.ru = await createIndicatorVia(member, {
      code: newCode(),
      title: 'Безопасность детей в интернете',
      definition: 'Доля сообщений, обработанных горячими линиями за отчётный год.',
      language: 'ru',
      visibility: 'public',
    });
    codes.zh = await createIndicatorVia(member, {
      code: newCode(),
      title: '儿童在线安全指标',
      definition: '热线在一年内处理的举报数量。',
      language: 'zh',
      visibility: 'public',
    });
  });
  const catalogue = async (q: string, agent = anonymous) =>
    ((await agent.get('/api/indicators').query({ q }).expect(200)).body.items as { code: string }[])
      .map((i) => i.code)
      .filter((c) => Object.values(codes).includes(c))
      .sort();

  it('finds Arabic in the title and the definition, vowelled or not, with or without hamza', async () => {
    expect(await catalogue('الانترنت')).toEqual([codes.ar]);
    expect(await catalogue('الإِنْتَرْنِت')).toEqual([codes.ar]);
    expect(await catalogue('انترنت')).toEqual([codes.ar]);
    expect(await catalogue('على الإنترنت')).toEqual([codes.ar]);
    expect(await catalogue('تزال')).toEqual([codes.ar]);
  });

  it('finds Russian in any case with ё as е', async () => {
    expect(await catalogue('интернет')).toEqual([codes.ru]);
    expect(await catalogue('ДЕТЕЙ')).toEqual([codes.ru]);
    expect(await catalogue('отчетный')).toEqual([codes.ru]);
  });

  it('finds Chinese words inside the title and the definition', async () => {
    expect(await catalogue('安全')).toEqual([codes.zh]);
    expect(await catalogue('指标')).toEqual([codes.zh]);
    expect(await catalogue('儿童在线安全指标')).toEqual([codes.zh]);
    expect(await catalogue('举报')).toEqual([codes.zh]);
  });

  it('still takes regular-expression characters as plain text', async () => {
    for (const q of ['.', '.*', '[а-я]', '\\p{L}']) expect(await catalogue(q)).toEqual([]);
  });

  it('gives older indicators a search text at start, once', async () => {
    // An indicator stored before search texts existed: nothing to match yet.
    await Indicator.updateOne({ code: codes.ru }, { $unset: { searchText: 1, searchVersion: 1 } });
    expect(await backfillIndicatorSearch()).toBe(1);
    expect(await backfillIndicatorSearch()).toBe(0);
    const stored = await Indicator.findOne({ code: codes.ru }).lean();
    expect(stored!.searchText).toContain('безопасность детеи в интернете');
    expect(await catalogue('ИНТЕРНЕТЕ')).toEqual([codes.ru]);
  });
});

describe('glossary search', () => {
  it('finds an Arabic term without its vowel marks and a Russian one with ё as е', async () => {
    const ar = await member
      .post('/api/terms')
      .send({ term: 'الإِنْتَرْنِت المُظْلِم', definition: 'أجزاء من الإنترنت لا تصل إليها محركات البحث.' })
      .expect(201);
    const ru = await member
      .post('/api/terms')
      .send({ term: 'Ёмкость горячей линии', definition: 'Сколько сообщений линия обрабатывает за день.' })
      .expect(201);
    const terms = async (q: string) =>
      ((await anonymous.get('/api/terms').query({ q }).expect(200)).body.items as { slug: string }[]).map(
        (t) => t.slug,
      );
    expect(await terms('الانترنت')).toEqual([ar.body.slug]);
    expect(await terms('المظلم')).toEqual([ar.body.slug]);
    expect(await terms('емкость')).toEqual([ru.body.slug]);
    expect(await terms('ГОРЯЧЕЙ')).toEqual([ru.body.slug]);
  });
});
