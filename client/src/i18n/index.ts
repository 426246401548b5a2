import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  INTL_LOCALES,
  isLanguage,
  textDirection,
  type Language,
} from '@shared/i18n/languages';
import { NAMESPACES, type Catalogue } from '@shared/i18n/namespaces';

/** One chunk per language: a reader downloads only the catalogue of the language they read. */
const catalogues = import.meta.glob<{ default: Catalogue }>('../../../shared/locales/*/index.ts');

export const i18n = i18next.createInstance();

async function addCatalogue(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return;
  const load = catalogues[`../../../shared/locales/${language}/index.ts`];
  if (!load) throw new Error(`No catalogue for ${language}`);
  const catalogue = (await load()).default;
  for (const ns of NAMESPACES) i18n.addResourceBundle(language, ns, catalogue[ns], true, true);
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}

/** The language the server rendered the page in (`<html lang>`): the account's, the cookie's or the browser's. */
function pageLanguage(): Language {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/** Loads the page's catalogue before the first render, so no text ever shows in another language. */
export async function startI18n(): Promise<void> {
  const language = pageLanguage();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  await addCatalogue(language);
  await i18n.changeLanguage(language);
  applyToDocument(language);
}

/** Switches the whole interface to another language (the caller remounts the page, see App). */
export async function switchLanguage(language: Language): Promise<void> {
  await addCatalogue(language);
  await i18n.changeLanguage(language);
  applyToDocument(language);
}

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);

/** The Intl locale of the current language (dates, numbers, collation). */
export const intlLocale = (): string => INTL_LOCALES[currentLanguage()];

/**
 * A message from the server or a shared schema (their English text is the key in `errors`) in the
 * reader's language; the server already answers in it, this covers what the client checks itself.
 */
export function translateMessage(message: string): string {
  return i18n.t(message, { ns: 'errors', nsSeparator: false, keySeparator: false, defaultValue: message });
}
