import { z } from 'zod';
import { FreeTextSchema, ObjectIdSchema, PageQuerySchema } from './common';

export const AuditEventDtoSchema = z.object({
  id: z.string(),
  action: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  /** The target by name, with the page where it lives (name null when it no longer exists). */
  target: z.object({ name: z.string().nullable(), link: z.string().nullable() }).nullable(),
  ip: z.string().nullable(),
  at: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventDto = z.infer<typeof AuditEventDtoSchema>;

export const AuditListQuerySchema = PageQuerySchema.extend({
  action: z
    .string()
    .regex(/^[a-z.-]{1,60}$/, 'Invalid action')
    .optional(),
  actor: ObjectIdSchema.optional(),
  /** Actors whose name or email contains this text. */
  actorName: FreeTextSchema(100).optional(),
  targetId: FreeTextSchema(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});
