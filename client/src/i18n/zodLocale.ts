import { z } from 'zod';
import { ZOD_LOCALES } from '@shared/i18n/zodLocales';
import { currentLanguage, i18n } from './index';

/**
 * zod's own messages (a shared schema's defaults, e.g. "too short") in the reader's language; the
 * schemas' custom messages go through the `errors` catalogue (translateMessage). Imported by the
 * modules that parse with zod, so a first visit that parses nothing does not download zod.
 */
z.config(ZOD_LOCALES[currentLanguage()]());
i18n.on('languageChanged', () => z.config(ZOD_LOCALES[currentLanguage()]()));
