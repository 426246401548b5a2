import type { EmailPreferencesDto, EmailTopic } from '@shared/schemas/emailPreferences';
import type { Language } from '@shared/i18n/languages';
import type { Config } from '../../config';
import { authorize, type Viewer } from '../../policies/index';
import { canManageEmailPreferences, canUnsubscribeWith } from '../../policies/email';
import { frequenciesOf, topicsForRole } from './preferences';
import { knownTopics, readUnsubscribeToken, type UnsubscribeToken } from './context';
import { presentPreferences, presentUnsubscribePreview } from './preferencesPresenter';

/** The person's e-mail choices, per topic open to their role. */
export async function preferencesView(
  user: NonNullable<Viewer> & { email: string },
  enabled: boolean,
  language: Language,
): Promise<EmailPreferencesDto> {
  const frequencies = (await frequenciesOf([user._id])).get(String(user._id))!;
  return presentPreferences(user.email, enabled, language, topicsForRole(user.role), frequencies);
}

/** The caller's own e-mail choices (`enabled`: whether this workspace sends e-mail at all). */
export async function myEmailPreferences(
  viewer: Express.User,
  enabled: boolean,
  language: Language,
): Promise<EmailPreferencesDto> {
  authorize(canManageEmailPreferences(viewer), viewer);
  return preferencesView(viewer, enabled, language);
}

/** An unsubscribe link's person and topics; a forged one reads as "not found". */
export function unsubscribeToken(config: Config, token: string): UnsubscribeToken {
  const read = readUnsubscribeToken(config, token);
  authorize(canUnsubscribeWith(read), null, { hide: 'Unsubscribe link' });
  return read!;
}

/** What an unsubscribe link would turn off; it changes nothing. */
export function unsubscribePreview(
  config: Config,
  token: string,
  language: Language,
): { topics: { topic: EmailTopic; label: string }[] } {
  return presentUnsubscribePreview(knownTopics(unsubscribeToken(config, token)), language);
}
