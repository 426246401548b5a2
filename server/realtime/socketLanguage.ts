import type { IncomingMessage } from 'node:http';
import { parse as parseCookies } from 'cookie';
import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, isLanguage, type Language } from '@shared/i18n/languages';

/** Every socket is in the room of its language (for pushes written per language: notifications). */
export const languageRoom = (language: Language) => `lang:${language}`;

/**
 * The best of the six languages for an Accept-Language header: the highest `q` first (ties in the
 * header's order), a regional tag counting for its language (`zh-CN` → zh, `ar-EG` → ar).
 */
export function acceptedLanguage(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0]!, q: q === undefined ? 1 : Number(q), i };
    })
    .filter((l) => l.q > 0 && isLanguage(l.primary))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const best = ranked[0]?.primary;
  return isLanguage(best) ? best : null;
}

/**
 * The language a socket's user reads, as requestLanguage decides it for HTTP: the account's choice
 * (the freshest account record read, when given), then the handshake's `lang` cookie, then its
 * Accept-Language, then English.
 */
export function socketLanguage(
  request: IncomingMessage & { user?: { language?: Language | null } },
  account?: { language?: Language | null } | null,
): Language {
  const cookie = request.headers.cookie ? parseCookies(request.headers.cookie)[LANGUAGE_COOKIE] : undefined;
  return (
    (account === undefined ? request.user?.language : account?.language) ??
    (isLanguage(cookie) ? cookie : null) ??
    acceptedLanguage(request.headers['accept-language']) ??
    DEFAULT_LANGUAGE
  );
}
