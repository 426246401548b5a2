import { z } from 'zod';
import {
  EmailPreferencesDtoSchema,
  UnsubscribeResultSchema,
  type EmailPreferencesDto,
  type UpdateEmailPreferences,
} from '@shared/schemas/emailPreferences';
import { apiFetch } from './client';

export const emailPreferencesKey = ['email-preferences'] as const;

export const getEmailPreferences = (signal?: AbortSignal): Promise<EmailPreferencesDto> =>
  apiFetch('/api/email-preferences', { schema: EmailPreferencesDtoSchema, signal });

export const updateEmailPreferences = (input: UpdateEmailPreferences): Promise<EmailPreferencesDto> =>
  apiFetch('/api/email-preferences', { method: 'PUT', body: input, schema: EmailPreferencesDtoSchema });

const PreviewSchema = z.object({ topics: z.array(z.object({ topic: z.string(), label: z.string() })) });

/** What an unsubscribe link turns off (changes nothing). */
export const previewUnsubscribe = (token: string, signal?: AbortSignal) =>
  apiFetch(`/api/email/unsubscribe?token=${encodeURIComponent(token)}`, { schema: PreviewSchema, signal });

export const confirmUnsubscribe = (token: string) =>
  apiFetch(`/api/email/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: 'POST',
    schema: UnsubscribeResultSchema,
  });
