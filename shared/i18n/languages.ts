/** The six UN languages, in the order of the UN language bar: عربي · 中文 · English · Français · Русский · Español. */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
// LanguageSchema (zod) is in shared/schemas/language.ts: this file stays free of zod, which a
// first visit does not download.

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, as the language bar shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'عربي',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/** The cookie that keeps a visitor's choice (an account keeps it on the account too). */
export const LANGUAGE_COOKIE = 'lang';

export type TextDirection = 'ltr' | 'rtl';
export const textDirection = (language: Language): TextDirection => (language === 'ar' ? 'rtl' : 'ltr');

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The BCP 47 locale given to Intl for a language: Arabic keeps Western digits (as UN Arabic pages
 * do, and as the numbers people type), Chinese is Simplified Chinese.
 */
export const INTL_LOCALES: Record<Language, string> = {
  ar: 'ar-u-nu-latn',
  zh: 'zh-Hans',
  en: 'en-GB',
  fr: 'fr',
  ru: 'ru',
  es: 'es',
};
