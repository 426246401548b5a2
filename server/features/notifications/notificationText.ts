import type { FollowUpStatus } from '@shared/schemas/followUp';
import type { Disposition } from '@shared/schemas/consultation';
import { DEFAULT_LANGUAGE, INTL_LOCALES, textDirection, type Language } from '@shared/i18n/languages';
import { translator } from '../../i18n/index';

/**
 * The parts of each kind's line. The line itself is the kind's template in the `email` catalogue
 * (`notifications.texts.<kind in camelCase>`), written in each reader's language when shown: the
 * parts are stored, never a sentence in one language.
 */
export interface NotificationParams {
  mention: { actor: string; thread: string };
  reply: { actor: string; thread: string };
  'action-status': { actor: string; title: string; status: FollowUpStatus };
  /** assignee: null when the assignee's account is gone ("someone"). */
  'action-assigned': { actor: string; title: string; assignee: string | null };
  'report-proposed': { actor: string; meeting: string };
  'comment-disposition': { paragraph: number; code: string; disposition: Disposition };
  /** date: the closing day, ISO (YYYY-MM-DD). */
  'consultation-reminder': { code: string; date: string };
  'application-received': { organisation: string };
}
export type LineKind = keyof NotificationParams;

const camel = (key: string) => key.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

const dayIn = (language: Language, iso: string) =>
  new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * Names and titles people wrote, in a right-to-left line: each set apart (Unicode first-strong
 * isolate … pop) so that an English title's punctuation stays with it instead of moving across
 * the Arabic sentence. Left-to-right lines are left as they were.
 */
const isolated = (language: Language, text: string) =>
  textDirection(language) === 'rtl' ? `\u2068${text}\u2069` : text;

/** One kind's line from its parts, in a language. */
export function notificationLine<K extends LineKind>(
  language: Language,
  kind: K,
  params: NotificationParams[K],
): string {
  const t = translator(language);
  const parts: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params) as [string, string | number | null][]) {
    if (name === 'status') parts.status = t(`email:notifications.actionStatuses.${camel(String(value))}`);
    else if (name === 'disposition')
      parts.disposition = t(`email:notifications.dispositions.${camel(String(value))}`);
    else if (name === 'assignee')
      parts.assignee = value === null ? t('email:notifications.someone') : isolated(language, String(value));
    // English has always shown the ISO day; the other languages write the date out.
    else if (name === 'date' && language !== DEFAULT_LANGUAGE) parts.date = dayIn(language, String(value));
    else parts[name] = typeof value === 'string' ? isolated(language, value) : (value ?? '');
  }
  return t(`email:notifications.texts.${camel(kind)}`, parts);
}

/**
 * A stored notification's line in the reader's language; one stored before the parts were kept
 * shows its English line as it was written.
 */
export function notificationText(
  language: Language,
  n: { kind: string; text: string; params?: Record<string, unknown> | null },
): string {
  return n.params
    ? notificationLine(language, n.kind as LineKind, n.params as NotificationParams[LineKind])
    : n.text;
}
