import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import accepts from 'accepts';
import { parse as parseCookies } from 'cookie';
import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, isLanguage, type Language } from '@shared/i18n/languages';

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/** The language a visitor chose as a visitor (the `lang` cookie), if any. */
export function cookieLanguage(req: IncomingMessage): Language | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const value = parseCookies(header)[LANGUAGE_COOKIE];
  return isLanguage(value) ? value : null;
}

/**
 * The first of the browser's Accept-Language entries (by quality) that is one of the six, compared
 * by primary subtag ("zh-CN" is Chinese, "fr-CH" French); a bare "*" chooses none.
 */
function browserLanguage(req: IncomingMessage): Language | null {
  if (!req.headers['accept-language']) return null;
  for (const tag of accepts(req).languages()) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return null;
}

/**
 * The language a request is answered in: the account's choice, then the visitor's cookie, then the
 * browser's Accept-Language, then English.
 */
export function requestLanguage(req: Request): Language {
  return req.user?.language ?? visitorLanguage(req);
}

/** A visitor's language (no account choice): the cookie's, then the browser's, then English. */
export function visitorLanguage(req: IncomingMessage): Language {
  return cookieLanguage(req) ?? browserLanguage(req) ?? DEFAULT_LANGUAGE;
}

export function setLanguageCookie(res: Response, language: Language, secure: boolean): void {
  res.cookie(LANGUAGE_COOKIE, language, { maxAge: ONE_YEAR_MS, sameSite: 'lax', secure, httpOnly: false });
}
