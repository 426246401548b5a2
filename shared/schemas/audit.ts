import { z } from 'zod';
import { ObjectIdSchema, PageQuerySchema } from './common';

export const AuditEventDtoSchema = z.object({
  id: z.string(),
  action: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
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
  targetId: z.string().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});
