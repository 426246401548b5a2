import { z } from 'zod';
import { MeetingSummaryDtoSchema } from './meeting';
import { FollowUpDtoSchema, FOLLOW_UP_STATUSES, type FollowUpStatus } from './followUp';
import { TERM_STATUSES } from './term';
import { INDICATOR_STATUSES } from './indicator';

/** Follow-up statuses as words inside a sentence ("Follow-up now in progress"). */
export const FOLLOW_UP_STATUS_NAMES: Record<FollowUpStatus, string> = {
  open: 'open',
  'in-progress': 'in progress',
  done: 'done',
  dropped: 'dropped',
};

const CHANGE_KINDS = ['indicator', 'document', 'meeting', 'followUp', 'term', 'thread'] as const;

/** Everything a newcomer needs to catch up, in one answer. */
export const CatchUpDtoSchema = z.object({
  /**
   * What changed since the reader's previous visit (their sign-in before this one), newest first;
   * null on a first visit.
   */
  sinceLastVisit: z
    .object({
      since: z.string(),
      changes: z.array(
        z.object({
          kind: z.enum(CHANGE_KINDS),
          title: z.string(),
          /** What happened, in a few words ("Revised; now in consultation"). */
          what: z.string(),
          link: z.string(),
          at: z.string(),
        }),
      ),
    })
    .nullable(),
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
      kind: z.enum(['followUp', 'term']),
      title: z.string(),
      status: z.enum([...FOLLOW_UP_STATUSES, ...TERM_STATUSES]),
      at: z.string(),
      link: z.string(),
    }),
  ),
  openFollowUps: z.array(FollowUpDtoSchema),
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
