import { z } from 'zod';
import { ROLES } from '../roles';
import { EmailSchema, ObjectIdSchema, PageQuerySchema, PasswordSchema } from './common';
import { LIMITS } from '../limits';

export const CreateInvitationSchema = z.strictObject({
  email: EmailSchema,
  role: z.enum(ROLES),
  organisationId: ObjectIdSchema.nullable().optional(),
});
export type CreateInvitationInput = z.input<typeof CreateInvitationSchema>;

export const INVITATION_STATES = ['pending', 'accepted', 'revoked', 'expired'] as const;

export const InvitationDtoSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  organisation: z.object({ id: z.string(), name: z.string(), slug: z.string() }).nullable(),
  state: z.enum(INVITATION_STATES),
  invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type InvitationDto = z.infer<typeof InvitationDtoSchema>;

/** Returned once, when an invitation is created or re-issued: the raw token is never shown again. */
export const IssuedInvitationSchema = z.object({
  invitation: InvitationDtoSchema,
  token: z.string(),
  acceptUrl: z.string(),
  emailed: z.boolean(),
});
export type IssuedInvitation = z.infer<typeof IssuedInvitationSchema>;

export const InvitationListQuerySchema = PageQuerySchema.extend({
  state: z.enum(INVITATION_STATES).optional(),
});

/** What the accept page may show to the holder of a valid token. */
export const InvitationPreviewSchema = z.object({
  email: z.string(),
  role: z.enum(ROLES),
  organisation: z.object({ name: z.string() }).nullable(),
  expiresAt: z.string(),
});

export const AcceptInvitationSchema = z.strictObject({
  name: z.string().trim().min(2, 'Enter your name').max(LIMITS.nameMax),
  password: PasswordSchema,
});
export type AcceptInvitationInput = z.input<typeof AcceptInvitationSchema>;

export const TokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Invalid link'),
});
