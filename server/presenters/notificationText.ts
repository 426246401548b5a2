import type { NotificationKind } from '@shared/schemas/notification';
import { DISPOSITION_LABELS } from '@shared/schemas/consultation';
import { ACTION_STATUS_NAMES } from '@shared/schemas/catchUp';
import { CATALOGUES } from '@shared/i18n/catalogues';
import { DEFAULT_LANGUAGE, INTL_LOCALES, type Language } from '@shared/i18n/languages';
import { translator } from '../i18n';

/**
 * Notifications are stored with their line in English, written when they were made ("Maya Member
 * mentioned you in “Budget”"). They are shown in the reader's language by reading that line back
 * against its English template (the `email` catalogue's `notifications.texts`, which is exactly what
 * the services write) and writing the template of the reader's language with the same parts. A line
 * that matches no template (an older wording) is shown as it was stored.
 */
const TEMPLATES: Partial<Record<NotificationKind, string>> = {
  mention: 'mention',
  reply: 'reply',
  'action-status': 'actionStatus',
  'action-assigned': 'actionAssigned',
  'report-proposed': 'reportProposed',
  'comment-disposition': 'commentDisposition',
  'consultation-reminder': 'consultationReminder',
  'application-received': 'applicationReceived',
};

const ENGLISH = (CATALOGUES.en.email as { notifications: { texts: Record<string, string> } }).notifications
  .texts;

const camel = (key: string) => key.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** A part that is one of a few English words: read back to its key, translated in the reader's language. */
const WORDS: Record<string, Record<string, string>> = {
  status: Object.fromEntries(
    Object.entries(ACTION_STATUS_NAMES).map(([k, v]) => [v, `actionStatuses.${camel(k)}`]),
  ),
  disposition: Object.fromEntries(
    Object.entries(DISPOSITION_LABELS).map(([k, v]) => [v, `dispositions.${camel(k)}`]),
  ),
  assignee: { someone: 'someone' },
};
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternOf(template: string): RegExp {
  const parts = template.split(/(\{\{\s*\w+\s*\}\})/);
  const source = parts
    .map((part) => {
      const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
      if (!name) return escapeRegex(part);
      if (name === 'status' || name === 'disposition')
        return `(?<${name}>${Object.keys(WORDS[name]!).map(escapeRegex).join('|')})`;
      return `(?<${name}>[\\s\\S]+?)`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}
const PATTERNS = new Map(Object.entries(ENGLISH).map(([key, template]) => [key, patternOf(template)]));

const dayIn = (language: Language, iso: string) =>
  new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** A notification's line in the reader's language (as stored for English, or when it matches no template). */
export function notificationTextIn(language: Language, kind: NotificationKind, text: string): string {
  if (language === DEFAULT_LANGUAGE) return text;
  const key = TEMPLATES[kind];
  const found = key ? PATTERNS.get(key)?.exec(text) : null;
  if (!key || !found?.groups) return text;
  const t = translator(language);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(found.groups)) {
    const word = WORDS[name]?.[value];
    params[name] = word
      ? t(`email:notifications.${word}`)
      : name === 'date' && ISO_DAY.test(value)
        ? dayIn(language, value)
        : value;
  }
  return t(`email:notifications.texts.${key}`, params);
}

/** The same for a presented notification (REST list, socket push). */
export const notificationIn = <N extends { kind: NotificationKind; text: string }>(
  language: Language,
  n: N,
): N => (language === DEFAULT_LANGUAGE ? n : { ...n, text: notificationTextIn(language, n.kind, n.text) });
