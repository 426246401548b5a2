import { z } from 'zod';
import { ROLES, USER_STATUSES } from '../roles';
import { FreeTextSchema, ObjectIdSchema, PageQuerySchema, PasswordSchema } from './common';
import { UserDtoSchema } from './auth';
import { LIMITS } from '../limits';

export const AdminUserDtoSchema = UserDtoSchema.extend({
  lastSeenAt: z.string().nullable(),
  createdAt: z.string(),
  locked: z.boolean(),
});
export type AdminUserDto = z.infer<typeof AdminUserDtoSchema>;

export const UserListQuerySchema = PageQuerySchema.extend({
  role: z.enum(ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
  organisation: ObjectIdSchema.optional(),
  q: FreeTextSchema(100).optional(),
});

export const UpdateUserSchema = z
  .strictObject({
    role: z.enum(ROLES).optional(),
    status: z.enum(USER_STATUSES).optional(),
    organisationId: ObjectIdSchema.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Change at least one of role, status or organisation');
export type UpdateUserInput = z.input<typeof UpdateUserSchema>;

export const UserIdParamsSchema = z.strictObject({ id: ObjectIdSchema });

export const UpdateProfileSchema = z.strictObject({
  name: z.string().trim().min(2, 'Enter your name').max(LIMITS.nameMax),
});
export type UpdateProfileInput = z.input<typeof UpdateProfileSchema>;

export const PasswordResetLinkSchema = z.object({
  resetUrl: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});

export const CompletePasswordResetSchema = z.strictObject({ password: PasswordSchema });
export type CompletePasswordResetInput = z.input<typeof CompletePasswordResetSchema>;

export const PasswordResetPreviewSchema = z.object({ email: z.string(), expiresAt: z.string() });
