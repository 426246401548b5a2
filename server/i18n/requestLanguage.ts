import type { Request, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, isLanguage, type Language } from '@shared/i18n/languages';

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/** The language a visitor chose as a visitor (the `lang` cookie), if any. */
export function cookieLanguage(req: Request): Language | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const value = parseCookies(header)[LANGUAGE_COOKIE];
  return isLanguage(value) ? value : null;
}

/**
 * The first of the browser's Accept-Language entries (by quality) that is one of the six, compared
 * by primary subtag ("zh-CN" is Chinese, "fr-CH" French); a bare "*" chooses none.
 */
export function browserLanguage(req: Request): Language | null {
  if (!req.headers['accept-language']) return null;
  for (const tag of req.acceptsLanguages()) {
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
  return req.user?.language ?? cookieLanguage(req) ?? browserLanguage(req) ?? DEFAULT_LANGUAGE;
}

export function setLanguageCookie(res: Response, language: Language, secure: boolean): void {
  res.cookie(LANGUAGE_COOKIE, language, { maxAge: ONE_YEAR_MS, sameSite: 'lax', secure, httpOnly: false });
}
