import type { EmailFrequency, EmailPreferencesDto, EmailTopic } from '@shared/schemas/emailPreferences';
import type { Language } from '@shared/i18n/languages';
import type { Config } from '../../config';
import { authorize } from '../../policies/index';
import { canChooseEmailTopics } from '../../policies/email';
import type { Actor } from '../actor';
import { setFrequencies } from './preferences';
import { knownTopics } from './context';
import { preferencesView, unsubscribeToken } from './queries';

/** Changes some of the caller's e-mail choices (hosts-only topics are for hosts). */
export async function chooseEmailTopics(
  actor: Actor,
  topics: Partial<Record<EmailTopic, EmailFrequency>>,
  enabled: boolean,
  language: Language,
): Promise<EmailPreferencesDto> {
  authorize(canChooseEmailTopics(actor, Object.keys(topics) as EmailTopic[]), actor);
  await setFrequencies(actor._id, topics);
  return preferencesView(actor, enabled, language);
}

/** One-click unsubscribe: turns the link's topics off for its person, without signing in. */
export async function unsubscribe(config: Config, token: string): Promise<{ unsubscribed: EmailTopic[] }> {
  const link = unsubscribeToken(config, token);
  const topics = knownTopics(link);
  await setFrequencies(link.u, Object.fromEntries(topics.map((k) => [k, 'off'])));
  return { unsubscribed: topics };
}
