import { z } from 'zod';
import { VISIBILITIES } from '../roles';
import { PageQuerySchema } from './common';

const OrgRef = z.object({ id: z.string(), name: z.string(), slug: z.string(), category: z.string() });

export const MeetingSummaryDtoSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  event: z.string(),
  location: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  focus: z.string(),
  visibility: z.enum(VISIBILITIES),
});
export type MeetingSummaryDto = z.infer<typeof MeetingSummaryDtoSchema>;

export const MeetingDtoSchema = MeetingSummaryDtoSchema.extend({
  chair: OrgRef.nullable(),
  participants: z.array(OrgRef),
  report: z.string(),
  /** The report rendered to sanitised HTML on the server. */
  reportHtml: z.string(),
});
export type MeetingDto = z.infer<typeof MeetingDtoSchema>;

export const MeetingListQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});
