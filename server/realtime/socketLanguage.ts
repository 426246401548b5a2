import type { IncomingMessage } from 'node:http';
import type { Language } from '@shared/i18n/languages';
import { visitorLanguage } from '../i18n/requestLanguage';

/** Every socket is in the room of its language (for pushes written per language: notifications). */
export const languageRoom = (language: Language) => `lang:${language}`;

/**
 * The language a socket's user reads, as requestLanguage decides it for HTTP: the account's choice
 * (the freshest account record read, when given), then the handshake's `lang` cookie, then its
 * Accept-Language, then English.
 */
export function socketLanguage(
  request: IncomingMessage & { user?: { language?: Language | null } },
  account?: { language?: Language | null } | null,
): Language {
  return (account === undefined ? request.user?.language : account?.language) ?? visitorLanguage(request);
}
