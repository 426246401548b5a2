import { z } from 'zod';
import { LIMITS } from '../limits';

export const ObjectIdSchema = z.string().regex(/^[a-f0-9]{24}$/i, 'Must be a valid id');

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
export type ApiError = z.infer<typeof ErrorSchema>;

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
