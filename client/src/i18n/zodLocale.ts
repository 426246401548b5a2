import { z } from 'zod';
import type { Language } from '@shared/i18n/languages';
import { currentLanguage, i18n } from './index';

/**
 * zod's own messages (a shared schema's defaults, e.g. "too short") in the reader's language; the
 * schemas' custom messages go through the `errors` catalogue (translateMessage). Imported by the
 * modules that parse with zod, so a first visit that parses nothing does not download zod.
 */
const locales: Record<Language, () => z.core.$ZodConfig> = {
  ar: z.locales.ar,
  zh: z.locales.zhCN,
  en: z.locales.en,
  fr: z.locales.fr,
  ru: z.locales.ru,
  es: z.locales.es,
};

z.config(locales[currentLanguage()]());
i18n.on('languageChanged', () => z.config(locales[currentLanguage()]()));
