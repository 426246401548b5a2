import { z } from 'zod';
import type { Language } from './languages';

/** zod's own messages (a schema's defaults: "expected number", "too small"…) in each language. */
export const ZOD_LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = {
  ar: z.locales.ar,
  zh: z.locales.zhCN,
  en: z.locales.en,
  fr: z.locales.fr,
  ru: z.locales.ru,
  es: z.locales.es,
};
