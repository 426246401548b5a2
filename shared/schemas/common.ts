import { z } from 'zod';
import { LIMITS } from '../limits';

// No regex flags: the pattern is published in /api/openapi.json, where JSON Schema has no place for them.
export const ObjectIdSchema = z.string().regex(/^[a-fA-F0-9]{24}$/, 'Must be a valid id');

/** C0 and C1 control characters (NUL, ESC, DEL, NEL…); tabs and line breaks are turned into spaces first. */
const CONTROL_CHARACTER = /\p{Cc}/u;
/** A UTF-16 surrogate that is not half of a pair: no character at all (JSON bodies can carry one). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Free text typed into a search box or a filter (`q`, names, tags). Any other Unicode is kept as
 * typed — regex syntax, right-to-left marks, emoji — and services match it literally (see
 * `escapeRegex`); control characters and lone surrogates, which no keyboard types and which some
 * layers cannot carry (a NUL cannot be in a BSON regex), are refused with a 400 that says so.
 */
export const FreeTextSchema = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(/[\t\n\v\f\r]/g, ' '))
    .trim()
    .max(max)
    .refine((s) => !CONTROL_CHARACTER.test(s), 'Must not contain control characters')
    .refine((s) => !LONE_SURROGATE.test(s), 'Must be valid Unicode text (a lone surrogate was found)')
    .describe('Free text, matched literally; control characters are refused with 400');

export const EmailSchema = z
  .string()
  .trim()
  .max(LIMITS.emailMax)
  .email('Enter a valid email address')
  .transform((s) => s.toLowerCase());

export const PasswordSchema = z
  .string()
  .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.passwordMax);

export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export const ErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});

/** The envelope of every list response. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export type List<T> = { items: T[]; nextCursor: string | null };

/** An optional http(s) web address; an empty string means none. */
export const WebsiteSchema = z
  .string()
  .trim()
  .max(300)
  .refine(
    (v) => v === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v),
    'Enter a web address starting with http:// or https://',
  )
  .transform((v) => (v === '' ? null : v))
  .nullable();
