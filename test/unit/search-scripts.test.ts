/** Search in every script: folding, Chinese segmentation, Arabic articles, and snippets on the text as written. */
import {
  fold,
  queryTerms,
  searchLine,
  searchQuery,
  snippetAround,
  tokenize,
} from '../../server/features/search/tokenize';
import { SearchIndex, type Matches } from '../../server/features/search/searchIndex';
import { termKeyOf } from '../../server/features/glossary/glossary';

const ids = <M>(m: Matches<M>) => Array.from({ length: m.count }, (_, i) => m.hit(i).id).sort();

function index(docs: Record<string, string>) {
  const idx = new SearchIndex<null>();
  for (const [id, text] of Object.entries(docs))
    idx.upsert({ id, title: text, tags: [], description: '', text: '', meta: null });
  return (q: string) => ids(idx.search(queryTerms(q), () => true));
}

describe('folding', () => {
  it('reads Arabic without vowel marks, tatweel or hamza forms, with one form of alef maqsura and teh marbuta', () => {
    expect(fold('الإِنْتَرْنِت')).toBe('الانترنت');
    expect(fold('أإآٱ')).toBe('اااا');
    expect(fold('مؤشر')).toBe('موشر');
    expect(fold('هيئة')).toBe('هييه');
    expect(fold('على')).toBe('علي');
    expect(fold('حمـــاية')).toBe('حمايه');
    expect(fold('سلامةُ')).toBe('سلامه');
    // Arabic presentation forms (lam-alef) and Arabic-Indic digits.
    expect(fold('ﻻ ٢٠١٣')).toBe('لا 2013');
  });

  it('reads Russian in any case with ё as е, and Latin without accents', () => {
    expect(fold('ЁЛКА Ёлка')).toBe('елка елка');
    expect(fold('Безопасность ДЕТЕЙ')).toBe(fold('безопасность детей'));
    expect(fold('Réseau ÉCOLE')).toBe('reseau ecole');
  });

  it('keeps Chinese as it is, and full-width letters as plain ones', () => {
    expect(fold('儿童在线安全指标')).toBe('儿童在线安全指标');
    expect(fold('ＩＴＵ')).toBe('itu');
  });
});

describe('tokenize', () => {
  it('indexes an Arabic word with the article also under the word without it', () => {
    expect(tokenize('حماية الأطفال على الإنترنت')).toEqual([
      'حمايه',
      'الاطفال',
      'اطفال',
      'علي',
      'الانترنت',
      'انترنت',
    ]);
    expect(tokenize('والإنترنت بالأطفال للأطفال')).toEqual([
      'والانترنت',
      'انترنت',
      'بالاطفال',
      'اطفال',
      'للاطفال',
      'اطفال',
    ]);
  });

  it('cuts Chinese into the segmenter’s words, and indexes every character and pair besides', () => {
    const tokens = tokenize('儿童在线安全指标');
    for (const word of ['儿童', '安全', '指标']) expect(tokens).toContain(word);
    for (const piece of ['儿', '童', '在线', '线安', '标']) expect(tokens).toContain(piece);
    // A word the segmenter found is not indexed twice as a pair.
    expect(tokens.filter((t) => t === '安全')).toHaveLength(1);
  });

  it('segments a long run of Chinese without punctuation quickly, words at its far end included', () => {
    const run = `${'各国热线处理举报删除时间因国家而异'.repeat(2000)}儿童在线安全指标`;
    const started = Date.now();
    const tokens = new Set(tokenize(run));
    expect(Date.now() - started).toBeLessThan(5_000);
    for (const t of queryTerms('安全指标')) expect(tokens).toContain(t);
  });

  it('separates Chinese from Latin letters and digits written against it', () => {
    const tokens = tokenize('COVID-19期间的儿童');
    expect(tokens).toEqual(expect.arrayContaining(['covid', '19', '期间', '儿童']));
    expect(tokens.some((t) => /[a-z0-9]/.test(t) && /\p{sc=Han}/u.test(t))).toBe(false);
  });
});

describe('queryTerms', () => {
  it('looks for Arabic words without the article, whatever the vowels', () => {
    expect(queryTerms('الإِنْتَرْنِت')).toEqual(['انترنت']);
    expect(queryTerms('الانترنت')).toEqual(['انترنت']);
    // While typing, a word too short to lose its article is kept as typed.
    expect(queryTerms('الا')).toEqual(['الا']);
  });

  it('cuts a Chinese query into words of at most two characters', () => {
    expect(queryTerms('安全')).toEqual(['安全']);
    expect(queryTerms('儿童在线安全指标')).toEqual(expect.arrayContaining(['儿童', '安全', '指标']));
    for (const t of queryTerms('儿童在线安全指标互联网')) expect([...t].length).toBeLessThanOrEqual(2);
  });

  it('folds Russian queries', () => {
    expect(queryTerms('ДЕТЕЙ Ёлка')).toEqual(['детеи', 'елка']);
  });
});

describe('the library index in every script', () => {
  const search = index({
    ar: 'حماية الأطفال على الإنترنت',
    ar2: 'تقرير عن سلامة الأطفال في المدارس',
    ru: 'Безопасность детей в интернете',
    ru2: 'Ёлка для детей',
    zh: '儿童在线安全指标',
    zh2: '互联网热线处理的举报数量',
    en: 'Child online safety indicators',
  });

  it('finds Arabic by the word with or without the article, vowelled or not', () => {
    expect(search('الانترنت')).toEqual(['ar']);
    expect(search('الإِنْتَرْنِتِ')).toEqual(['ar']);
    expect(search('انترنت')).toEqual(['ar']);
    expect(search('إنترنت')).toEqual(['ar']);
    expect(search('الأطفال')).toEqual(['ar', 'ar2']);
    expect(search('اطفال الانترنت')).toEqual(['ar']);
    expect(search('حمايه')).toEqual(['ar']);
  });

  it('finds Russian in any case, by prefix, with ё as е', () => {
    expect(search('интернет')).toEqual(['ru']);
    expect(search('ДЕТЕЙ')).toEqual(['ru', 'ru2']);
    expect(search('елка')).toEqual(['ru2']);
    expect(search('ёлка')).toEqual(['ru2']);
    expect(search('безопас')).toEqual(['ru']);
  });

  it('finds a Chinese word in the middle of a sentence, the whole phrase, and words cut differently alone', () => {
    expect(search('安全')).toEqual(['zh']);
    expect(search('指标')).toEqual(['zh']);
    expect(search('儿童在线安全指标')).toEqual(['zh']);
    expect(search('在线')).toEqual(['zh']);
    expect(search('热线')).toEqual(['zh2']);
    expect(search('互联网')).toEqual(['zh2']);
    expect(search('举报')).toEqual(['zh2']);
    expect(search('安')).toEqual(['zh']);
    expect(search('安全热线')).toEqual([]);
  });

  it('still finds English as before', () => {
    expect(search('online saf')).toEqual(['en']);
    expect(search('indicators')).toEqual(['en']);
  });
});

describe('snippets in every script', () => {
  it('centres on an Arabic match in a vowelled text and cuts the text as written', () => {
    const text = `${'نص تمهيدي طويل '.repeat(20)}عن حِمَايَةِ الأَطْفَالِ عَلَى الإِنْتَرْنِتِ في المنطقة ${'وخاتمة '.repeat(40)}`;
    const s = snippetAround(text, queryTerms('الانترنت'))!;
    expect(s).toContain('الإِنْتَرْنِتِ');
    expect(s.startsWith('…')).toBe(true);
    expect(s.length).toBeLessThan(text.length);
    // The match is within the excerpt's first part, as for any text.
    expect(s.indexOf('الإِنْتَرْنِتِ')).toBeLessThan(120);
  });

  it('finds an Arabic word after the article or a preposition joined to it, not inside another word', () => {
    expect(snippetAround('تقرير عن الأطفال والإنترنت', queryTerms('إنترنت'))).toContain('والإنترنت');
    expect(snippetAround('كلمة فيانترنت ملتصقة', ['انترنت'])).toBeNull();
  });

  it('centres on a Russian match in any case and on a Chinese word inside a sentence', () => {
    const ru = `${'вступление '.repeat(30)}Безопасность ДЕТЕЙ в интернете`;
    expect(snippetAround(ru, queryTerms('детей'))).toMatch(/^….*Безопасность ДЕТЕЙ в интернете$/);
    const zh = `${'这是一段很长的引言。'.repeat(30)}我们讨论儿童在线安全指标的制定。${'结尾。'.repeat(60)}`;
    const s = snippetAround(zh, queryTerms('安全'))!;
    expect(s).toContain('儿童在线安全指标');
    expect(s.length).toBeLessThanOrEqual(242);
  });

  it('takes positions back to the text when vowel marks fill a long stretch before the match', () => {
    const vowelled = 'بِسْمِ '.repeat(1500); // more than one 4 kB chunk, every word shorter once folded
    const text = `${vowelled}الهدف هو حماية الأطفال على الإنترنت ${'نهاية '.repeat(40)}`;
    const s = snippetAround(text, queryTerms('الانترنت'))!;
    expect(s).toContain('الإنترنت');
    expect(s).toContain('حماية الأطفال');
  });
});

describe('substring search lines (catalogue, glossary)', () => {
  it('fold the text and drop punctuation at the edges of words only', () => {
    expect(searchLine('CSAM-01 (hotline). «حماية الأَطفال على الإنترنت»')).toBe(
      'csam-01 hotline حمايه الاطفال علي الانترنت',
    );
    expect(searchLine('儿童在线安全指标。')).toBe('儿童在线安全指标');
  });

  it('match a folded query anywhere, metacharacters and all as typed', () => {
    const line = searchLine('Безопасность детей в интернете — حماية الأطفال على الإنترنت — 儿童在线安全指标');
    for (const q of ['ИНТЕРНЕТ', 'детей в', 'الانترنت', 'الإِنْتَرْنِت', 'على الإنترنت', '安全', '指标'])
      expect({ q, found: line.includes(searchQuery(q)) }).toEqual({ q, found: true });
    for (const q of ['.', '\\w', '—', 'детей  интернете'])
      expect({ q, found: line.includes(searchQuery(q)) }).toEqual({ q, found: false });
  });

  it('give the glossary one key for a term however it is vowelled or cased', () => {
    expect(termKeyOf('الإِنْتَرْنِت  المظلم')).toBe(termKeyOf('الانترنت المظلم'));
    expect(termKeyOf('Ёмкость')).toBe('емкость');
  });
});
