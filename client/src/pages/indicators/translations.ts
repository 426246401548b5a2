import { LANGUAGES, type Language } from '@shared/i18n/languages';
import {
  INDICATOR_TEXT_FIELDS,
  type IndicatorDto,
  type IndicatorTextField,
  type IndicatorTranslationDto,
} from '@shared/schemas/indicator';

/** An indicator's texts in one language: the original's, or a translation's. */
export interface IndicatorTexts {
  language: Language;
  title: string;
  fields: Record<IndicatorTextField, string>;
  /**
   * The language of each field's text: a field the translation leaves empty shows the original's
   * text, in the original's language.
   */
  fieldLanguages: Record<IndicatorTextField, Language>;
  /** The translation shown, or null for the original. */
  translation: IndicatorTranslationDto | null;
}

type WithTexts = Pick<IndicatorDto, 'language' | 'title' | 'fields' | 'translations'>;

const textFieldsOf = (source: Record<IndicatorTextField, string>) =>
  Object.fromEntries(INDICATOR_TEXT_FIELDS.map((f) => [f, source[f]])) as Record<IndicatorTextField, string>;

/** Languages in the order of the language bar. */
const byLanguageBar = (languages: Language[]): Language[] => LANGUAGES.filter((l) => languages.includes(l));

/** The languages an indicator can be read in: its own and its translations', in the language bar's order. */
export const languagesOf = (ind: Pick<WithTexts, 'language' | 'translations'>): Language[] =>
  byLanguageBar([ind.language, ...ind.translations.map((t) => t.language)]);

/** The original texts, in the language the indicator is written in. */
export const originalTexts = (ind: WithTexts): IndicatorTexts => ({
  language: ind.language,
  title: ind.title,
  fields: textFieldsOf(ind.fields),
  fieldLanguages: Object.fromEntries(INDICATOR_TEXT_FIELDS.map((f) => [f, ind.language])) as Record<
    IndicatorTextField,
    Language
  >,
  translation: null,
});

/** The translation into `language`, if the indicator has one (never its own language). */
export const translationInto = (ind: WithTexts, language: Language): IndicatorTranslationDto | undefined =>
  language === ind.language ? undefined : ind.translations.find((t) => t.language === language);

/** The texts in `language`: its translation when there is one, the original otherwise. */
function textsIn(ind: WithTexts, language: Language): IndicatorTexts {
  const translation = translationInto(ind, language);
  if (!translation) return originalTexts(ind);
  const texts = originalTexts(ind);
  for (const f of INDICATOR_TEXT_FIELDS) {
    if (!translation[f].trim()) continue;
    texts.fields[f] = translation[f];
    texts.fieldLanguages[f] = language;
  }
  return { ...texts, language, title: translation.title, translation };
}

/**
 * The texts to show a reader: those in `chosen` (a language switched to), else the translation into
 * the reader's interface language when there is one, else the original.
 */
export const textsFor = (ind: WithTexts, reader: Language, chosen: Language | null): IndicatorTexts =>
  textsIn(ind, chosen ?? reader);

/** The title a list shows a reader, with its language: the reader's translation, else the original. */
export function titleFor(
  summary: { language: Language; title: string; translations: { language: Language; title: string }[] },
  reader: Language,
): { title: string; language: Language } {
  const translated =
    reader === summary.language ? undefined : summary.translations.find((t) => t.language === reader);
  return translated
    ? { title: translated.title, language: reader }
    : { title: summary.title, language: summary.language };
}
