import type { EmailFrequency, EmailPreferencesDto, EmailTopic } from '@shared/schemas/emailPreferences';
import type { Language } from '@shared/i18n/languages';
import { translator } from '../../i18n/index';

/** A topic as the settings page and the unsubscribe page name it, in the reader's language. */
const topicLabel = (language: Language, topic: EmailTopic): string =>
  translator(language)(`email:topics.${topic.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}`);

/** A person's e-mail choices: the topics open to them (`topics`, in order) and how often each comes. */
export function presentPreferences(
  email: string,
  enabled: boolean,
  language: Language,
  topics: EmailTopic[],
  frequencies: Record<EmailTopic, EmailFrequency>,
): EmailPreferencesDto {
  return {
    email,
    enabled,
    topics: topics.map((topic) => ({
      topic,
      label: topicLabel(language, topic),
      frequency: frequencies[topic],
    })),
  };
}

/** What an unsubscribe link would turn off, named in the reader's language. */
export function presentUnsubscribePreview(topics: EmailTopic[], language: Language) {
  return { topics: topics.map((topic) => ({ topic, label: topicLabel(language, topic) })) };
}
