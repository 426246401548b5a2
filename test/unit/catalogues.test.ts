/**
 * The six catalogues (shared/locales): every key of the English source exists in every language,
 * with the same placeholders and markup, each plural in every form the language's CLDR rules have,
 * written in the language's own script; and Arabic plurals read right at 0, 1, 2, 3, 11 and 100.
 */
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { NAMESPACES } from '../../shared/i18n/namespaces';
import { translator } from '../../server/i18n';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object')
      for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

/** Keys with their plural suffixes folded: `counts.comments_one` and `_other` are `counts.comments`. */
function entries(language: Language) {
  const keys = new Map<string, string[]>();
  const plurals = new Map<string, Set<string>>();
  for (const ns of NAMESPACES) {
    for (const [key, value] of flatten(CATALOGUES[language][ns])) {
      const m = PLURAL_SUFFIX.exec(key);
      const base = `${ns}:${m ? key.slice(0, m.index) : key}`;
      keys.set(base, [...(keys.get(base) ?? []), value]);
      if (m) plurals.set(base, (plurals.get(base) ?? new Set()).add(m[1]!));
    }
  }
  return { keys, plurals };
}

const placeholders = (values: string[]) =>
  [
    ...new Set(
      values.flatMap((v) =>
        [...v.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|<\/?(\w+)\/?>/g)].map((m) => m[1] ?? `<${m[2]}>`),
      ),
    ),
  ]
    .filter((p) => p !== 'count')
    .sort();

const english = entries('en');
const SCRIPT: Partial<Record<Language, RegExp>> = {
  ar: /[\u0600-\u06ff]/,
  zh: /[\u4e00-\u9fff]/,
  ru: /[\u0400-\u04ff]/,
};

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  const own = entries(language);

  it('has every English key, and no key English lacks', () => {
    expect([...english.keys.keys()].filter((k) => !own.keys.has(k))).toEqual([]);
    expect([...own.keys.keys()].filter((k) => !english.keys.has(k))).toEqual([]);
  });

  it('keeps the placeholders and markup of each English text', () => {
    const differing = [...english.keys].flatMap(([key, values]) => {
      const theirs = own.keys.get(key);
      if (!theirs) return [];
      const a = placeholders(values);
      const b = placeholders(theirs);
      return a.join() === b.join() ? [] : [`${key}: ${a.join()} ≠ ${b.join()}`];
    });
    expect(differing).toEqual([]);
  });

  it("has every plural form of the language's CLDR rules", () => {
    const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const missing = [...english.plurals.keys()].flatMap((key) => {
      const have = own.plurals.get(key) ?? new Set();
      return forms.filter((f) => !have.has(f)).map((f) => `${key}_${f}`);
    });
    expect(missing).toEqual([]);
  });

  it('is written in the language, not left in English', () => {
    const script = SCRIPT[language];
    const untranslated = [...english.keys].flatMap(([key, values]) => {
      const theirs = own.keys.get(key) ?? [];
      const words = values.join(' ').match(/[A-Za-z]{2,}/g) ?? [];
      if (words.length < 2) return [];
      if (script) return theirs.some((v) => script.test(v)) ? [] : [key];
      // French and Spanish share the alphabet: a text of three words or more differs from the English.
      return words.length >= 3 && theirs.join() === values.join() ? [key] : [];
    });
    expect(untranslated).toEqual([]);
  });
});

describe('English plurals', () => {
  it('have one and other forms for every plural key', () => {
    const incomplete = [...english.plurals].filter(([, forms]) => !forms.has('one') || !forms.has('other'));
    expect(incomplete).toEqual([]);
  });
});

describe('Arabic plurals', () => {
  const t = translator('ar');
  it.each([
    [0, 'لا توجد تعليقات'],
    [1, 'تعليق واحد'],
    [2, 'تعليقان'],
    [3, '3 تعليقات'],
    [11, '11 تعليقًا'],
    [100, '100 تعليق'],
  ])('%i → %s', (count, text) => {
    expect(t('common:counts.comments', { count })).toBe(text);
  });

  it('follow CLDR in Russian too (1, 2, 5, 21)', () => {
    const ru = translator('ru');
    expect([1, 2, 5, 21].map((count) => ru('common:counts.comments', { count }))).toEqual([
      '1 комментарий',
      '2 комментария',
      '5 комментариев',
      '21 комментарий',
    ]);
  });
});
