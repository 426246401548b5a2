import i18next, { type TFunction } from 'i18next';
import { CATALOGUES } from '@shared/i18n/catalogues';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/languages';
import { NAMESPACES } from '@shared/i18n/namespaces';

export type MessageParams = Record<string, string | number>;

/** The server's own i18next: every language's catalogues are loaded at start (they are small). */
const i18n = i18next.createInstance();
void i18n.init({
  resources: CATALOGUES,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: [...NAMESPACES],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** A `t` bound to one language (e-mails, exports): `t('email:digest.subject', {count})`. */
export const translator = (language: Language): TFunction => i18n.getFixedT(language);

/**
 * A message of the server or of a shared schema in a reader's language. These messages are their
 * own keys in the `errors` namespace (the English text, `{{placeholders}}` included); one missing
 * from the catalogues stays in English rather than showing a key.
 */
export function translateMessage(language: Language, message: string, params?: MessageParams): string {
  return i18n.t(message, {
    ...params,
    lng: language,
    ns: 'errors',
    nsSeparator: false,
    keySeparator: false,
    defaultValue: message,
  });
}
