import type { Language } from '@shared/i18n/languages';
import {
  IndicatorDtoSchema,
  type IndicatorDto,
  type IndicatorTranslationInput,
} from '@shared/schemas/indicator';
import { apiFetch } from './client';
import { indicatorPath } from './indicators';

/**
 * The API calls of content in several languages: an indicator's translations and the language it is
 * written in.
 */

const translationPath = (code: string, language: Language) =>
  `${indicatorPath(code)}/translations/${encodeURIComponent(language)}`;

/**
 * Creates or replaces the translation of an indicator into `language` (those who may revise it; not
 * the language it is written in). `revision` is the revision translated (default: the latest).
 */
export function saveIndicatorTranslation(
  code: string,
  language: Language,
  input: IndicatorTranslationInput,
): Promise<IndicatorDto> {
  return apiFetch(translationPath(code, language), {
    method: 'PUT',
    body: input,
    schema: IndicatorDtoSchema,
  });
}

/** Removes the translation of an indicator into `language`. */
export function removeIndicatorTranslation(code: string, language: Language): Promise<IndicatorDto> {
  return apiFetch(translationPath(code, language), { method: 'DELETE', schema: IndicatorDtoSchema });
}

/**
 * Corrects the language an indicator is written in (409 while it has a translation into that
 * language: remove the translation first).
 */
export function setIndicatorLanguage(code: string, language: Language): Promise<IndicatorDto> {
  return apiFetch(`${indicatorPath(code)}/language`, {
    method: 'PUT',
    body: { language },
    schema: IndicatorDtoSchema,
  });
}
