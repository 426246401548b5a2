import type { z } from 'zod';
import type { Language } from '@shared/i18n/languages';
import type { IndicatorDto, IndicatorTranslationInputSchema } from '@shared/schemas/indicator';
import { authorize } from '../../policies/index';
import { canTranslateIndicator } from '../../policies/indicator';
import type { IndicatorRecord } from '../../models/Indicator';
import type { Actor } from '../actor';
import { changeLanguage, removeTranslation, saveTranslation } from './indicatorTranslations';
import { indicatorView, readableIndicator } from './queries';

/** The indicator, if the actor may read it (else 404) and translate it (else 403). */
async function translatableIndicator(actor: Actor, code: string): Promise<IndicatorRecord> {
  const ind = await readableIndicator(actor, code);
  authorize(canTranslateIndicator(actor, ind), actor);
  return ind;
}

/** Creates or replaces the translation into `language` (never the indicator's own language). */
export async function translateIndicator(
  actor: Actor,
  code: string,
  language: Language,
  input: z.infer<typeof IndicatorTranslationInputSchema>,
): Promise<IndicatorDto> {
  const ind = await translatableIndicator(actor, code);
  return indicatorView(actor, await saveTranslation(ind, language, input, actor));
}

/** Removes the translation into `language`. */
export async function removeIndicatorTranslation(
  actor: Actor,
  code: string,
  language: Language,
): Promise<IndicatorDto> {
  const ind = await translatableIndicator(actor, code);
  return indicatorView(actor, await removeTranslation(ind, language, actor));
}

/** Corrects the language the indicator is written in (409 while it has a translation into it). */
export async function correctIndicatorLanguage(
  actor: Actor,
  code: string,
  language: Language,
): Promise<IndicatorDto> {
  const ind = await translatableIndicator(actor, code);
  return indicatorView(actor, await changeLanguage(ind, language, actor));
}
