import { z } from 'zod';
import { ROLES, USER_STATUSES } from '../roles';
import { EmailSchema, PasswordSchema } from './common';
import { LIMITS } from '../limits';
import { LanguageSchema } from './language';

export const LoginSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, 'Enter your password').max(LIMITS.passwordMax),
});
export type LoginInput = z.input<typeof LoginSchema>;

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'Enter your current password').max(LIMITS.passwordMax),
  newPassword: PasswordSchema,
});
export type ChangePasswordInput = z.input<typeof ChangePasswordSchema>;

export const UserDtoSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  status: z.enum(USER_STATUSES),
  /** When the user signed in before this session; null on their first sign-in. */
  previousVisitAt: z.string().nullable(),
  organisation: z.object({ id: z.string(), name: z.string(), slug: z.string() }).nullable(),
  /** The interface language chosen on the account; null: the browser's choice applies. */
  language: LanguageSchema.nullable(),
});
export type UserDto = z.infer<typeof UserDtoSchema>;

export const MeResponseSchema = z.object({ user: UserDtoSchema });

/** "Who am I" for any visitor: the signed-in user, or null for an anonymous one (never a 401). */
export const SessionResponseSchema = z.object({ user: UserDtoSchema.nullable() });

export const LanguageChoiceSchema = z.strictObject({ language: LanguageSchema });
