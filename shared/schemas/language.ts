import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

/** One of the six UN languages (the interface's, a document's, an indicator's original or translation). */
export const LanguageSchema = z.enum(LANGUAGES);
