import { z } from 'zod';
import { NOTIFICATION_KINDS } from './notification';

/** How a person hears of one kind of news by e-mail. */
export const EMAIL_FREQUENCIES = ['off', 'instant', 'daily', 'weekly'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

/** Every notification kind, plus `activity`: the digest's summary of what happened in the workspace. */
export const EMAIL_TOPICS = [...NOTIFICATION_KINDS, 'activity'] as const;
export type EmailTopic = (typeof EMAIL_TOPICS)[number];

/** Topics only hosts hear of (others cannot choose them). */
export const HOST_ONLY_TOPICS: readonly EmailTopic[] = ['report-proposed', 'application-received'];

/** `activity` has no "at once": it is a summary, sent with a digest. */
export const DIGEST_ONLY_TOPICS: readonly EmailTopic[] = ['activity'];

export const EMAIL_TOPIC_LABELS: Record<EmailTopic, string> = {
  mention: 'Someone mentions you',
  reply: 'Someone replies to your message',
  'action-assigned': 'A follow-up is assigned to you',
  'action-status': 'A follow-up of yours changes',
  'consultation-opened': 'A consultation opens',
  'consultation-reminder': 'A consultation closes in a few days',
  'comment-disposition': 'Your consultation comment gets an answer',
  'indicator-status': 'An indicator changes status',
  'report-proposed': 'A new report version is proposed (hosts)',
  'application-received': 'An organisation applies to join (hosts)',
  activity: 'Summary: new documents, indicators, consultations, decisions, follow-ups, discussions',
};

export const DEFAULT_EMAIL_PREFERENCES: Record<EmailTopic, EmailFrequency> = {
  mention: 'instant',
  reply: 'instant',
  'action-assigned': 'instant',
  'action-status': 'daily',
  'consultation-opened': 'instant',
  'consultation-reminder': 'instant',
  'comment-disposition': 'daily',
  'indicator-status': 'weekly',
  'report-proposed': 'daily',
  'application-received': 'instant',
  activity: 'weekly',
};

const FrequencySchema = z.enum(EMAIL_FREQUENCIES);

export const EmailPreferencesDtoSchema = z.object({
  /** Where the e-mails go (the account's address). */
  email: z.string(),
  /** Whether this workspace sends e-mail at all (an SMTP server is configured). */
  enabled: z.boolean(),
  /** The topics this person may choose, with their current frequency. */
  topics: z.array(z.object({ topic: z.enum(EMAIL_TOPICS), label: z.string(), frequency: FrequencySchema })),
});
export type EmailPreferencesDto = z.infer<typeof EmailPreferencesDtoSchema>;

/** Change some topics; the others keep their frequency. */
export const UpdateEmailPreferencesSchema = z.strictObject({
  topics: z
    .partialRecord(z.enum(EMAIL_TOPICS), FrequencySchema)
    .refine((t) => Object.keys(t).length > 0, { message: 'Choose at least one topic' })
    .refine((t) => !DIGEST_ONLY_TOPICS.some((k) => t[k] === 'instant'), {
      message: 'The summary is only sent as a daily or weekly digest',
    }),
});
export type UpdateEmailPreferences = z.infer<typeof UpdateEmailPreferencesSchema>;

export const UnsubscribeQuerySchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,64}$/, 'Invalid unsubscribe link'),
});

export const UnsubscribeResultSchema = z.object({
  unsubscribed: z.array(z.enum(EMAIL_TOPICS)),
});
