import type { Request } from 'express';
import type { z } from 'zod';
import { DEFAULT_LANGUAGE, type Language } from '@shared/i18n/languages';
import { ValidationError, localize, message, verbatim } from '../errors';
import { requestLanguage } from '../i18n/requestLanguage';
import { ZOD_LOCALES } from '@shared/i18n/zodLocales';

const errorMaps = new Map<Language, z.core.$ZodErrorMap>();
const errorMapOf = (language: Language) => {
  let map = errorMaps.get(language);
  if (!map) errorMaps.set(language, (map = ZOD_LOCALES[language]().localeError));
  return map;
};

/**
 * Parses with zod, its default messages written in the reader's language. A schema's own messages
 * (`.min(1, 'Enter your name')`) take precedence and stay English here: they are catalogue keys,
 * translated by toValidationError. English parses exactly as before (zod's default wording).
 */
export function parseIn<S extends z.ZodType>(schema: S, input: unknown, language: Language) {
  return language === DEFAULT_LANGUAGE
    ? schema.safeParse(input)
    : schema.safeParse(input, { error: errorMapOf(language) });
}

/**
 * Turns zod issues into one readable message ("field: message; other: message") and a field →
 * message map, in the reader's language: the issues of a parse by `parseIn` in that language.
 */
export function toValidationError(error: z.ZodError, language: Language = DEFAULT_LANGUAGE): ValidationError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    // A schema's custom message is its own key in `errors`; zod's defaults are already translated
    // (they are no key, so they come back as they are).
    fields[key] ??= localize(
      language,
      issue.code === 'unrecognized_keys'
        ? message('Unknown field(s): {{fields}}', { fields: issue.keys.join(', ') })
        : issue.message,
    );
  }
  const text = Object.entries(fields)
    .map(([k, v]) => (k === '_' ? v : `${k}: ${v}`))
    .join('; ');
  return new ValidationError(
    verbatim(text || localize(language, 'Invalid input')),
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, verbatim(v)])),
  );
}

/** Parses one part of a request (params, query or body) with its schema; a 400 with per-field messages otherwise. */
export function parseRequestPart<S extends z.ZodType>(req: Request, schema: S, input: unknown): z.infer<S> {
  const language = requestLanguage(req);
  const result = parseIn(schema, input, language);
  if (!result.success) throw toValidationError(result.error, language);
  return result.data;
}
