import { z } from 'zod';
import { MeetingSummaryDtoSchema } from './meeting';
import { ActionDtoSchema, ACTION_STATUSES } from './action';
import { TERM_STATUSES } from './term';
import { INDICATOR_STATUSES } from './indicator';

/** Everything a newcomer needs to catch up, in one answer. */
export const CatchUpDtoSchema = z.object({
  latestReports: z.array(MeetingSummaryDtoSchema),
  indicators: z.object({
    counts: z.record(z.enum(INDICATOR_STATUSES), z.number().int()),
    total: z.number().int(),
    openConsultations: z.array(
      z.object({ code: z.string(), title: z.string(), closesAt: z.string().nullable() }),
    ),
  }),
  recentDecisions: z.array(
    z.object({
      text: z.string(),
      meeting: z.object({ slug: z.string(), title: z.string(), startsAt: z.string() }),
    }),
  ),
  /** Follow-ups whose status changed and terms marked agreed, newest first. */
  recentChanges: z.array(
    z.object({
      kind: z.enum(['action', 'term']),
      title: z.string(),
      status: z.enum([...ACTION_STATUSES, ...TERM_STATUSES]),
      at: z.string(),
      link: z.string(),
    }),
  ),
  openFollowUps: z.array(ActionDtoSchema),
  activeThreads: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      messages: z.number().int(),
      lastMessageAt: z.string().nullable(),
    }),
  ),
});
export type CatchUpDto = z.infer<typeof CatchUpDtoSchema>;
