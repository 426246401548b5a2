import { z } from 'zod';
import { FreeTextSchema, ObjectIdSchema, PageQuerySchema } from './common';

/**
 * An item a detail names by id (an organisation, an invitation): its kind, its name and its page, as
 * for the event's target. The name is null when the item no longer exists.
 */
const AuditNamedItemSchema = z.object({
  type: z.string(),
  name: z.string().nullable(),
  link: z.string().nullable(),
});

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
  /** What the event recorded, as stored (older events may hold keys this build no longer writes). */
  details: z.record(z.string(), z.unknown()),
  /**
   * The ids in `details` that name an item, resolved: keyed by the detail's key (`organisationId`;
   * `from` and `to` of a change of organisation). Keys holding no id are absent.
   */
  named: z.record(z.string(), AuditNamedItemSchema),
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
