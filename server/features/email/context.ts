import type { Types } from 'mongoose';
import type { Role, UserStatus } from '@shared/roles';
import { DEFAULT_LANGUAGE, type Language } from '@shared/i18n/languages';
import { EMAIL_TOPIC_LABELS, type EmailTopic } from '@shared/schemas/emailPreferences';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { EmailTransport } from './transport';
import { signPayload, verifyPayload } from './signing';

/** What every e-mail sender needs. */
export interface EmailContext {
  config: Config;
  log: Logger;
  transport: EmailTransport;
}

/** The account fields e-mails need (a lean User read with these fields). */
export interface Recipient {
  _id: Types.ObjectId;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  organisationId: Types.ObjectId | null;
  /** The language the person chose; null until they choose (their e-mails are then in English). */
  language?: Language | null;
}
export const RECIPIENT_FIELDS = {
  email: 1,
  name: 1,
  role: 1,
  status: 1,
  organisationId: 1,
  language: 1,
} as const;

/** The language of a person's e-mails: theirs, English until they choose one. */
export const languageOf = (person: { language?: Language | null }): Language =>
  person.language ?? DEFAULT_LANGUAGE;

/** How often a digest goes out. */
export type DigestFrequency = 'daily' | 'weekly';

const UNSUBSCRIBE_PURPOSE = 'email-unsubscribe';

/** Absolute links in e-mails. */
export const absoluteUrl = (config: Config, path: string) =>
  new URL(path, config.publicUrl ?? 'http://localhost').toString();

/** A link that turns the given topics off for this person, without signing in (RFC 8058 one-click). */
export function unsubscribeUrl(config: Config, userId: Types.ObjectId | string, topics: EmailTopic[]) {
  const token = signPayload(config.sessionSecret, UNSUBSCRIBE_PURPOSE, { u: String(userId), t: topics });
  return absoluteUrl(config, `/api/email/unsubscribe?token=${token}`);
}

/** What a genuine unsubscribe link says: whose e-mails, which topics. */
export interface UnsubscribeToken {
  u: string;
  t: EmailTopic[];
}

/** The person and topics of an unsubscribe link, or null for a forged or malformed one. */
export function readUnsubscribeToken(config: Config, token: string): UnsubscribeToken | null {
  const payload = verifyPayload<UnsubscribeToken>(config.sessionSecret, UNSUBSCRIBE_PURPOSE, token);
  return payload && /^[0-9a-f]{24}$/.test(payload.u) && Array.isArray(payload.t) ? payload : null;
}

/** The link's topics that exist (a link outlives a topic that was dropped). */
export const knownTopics = (token: UnsubscribeToken): EmailTopic[] =>
  token.t.filter((k) => k in EMAIL_TOPIC_LABELS);

export const settingsUrl = (config: Config) => absoluteUrl(config, '/settings/email');

/** Groups items by key, keeping their order (Map.groupBy needs Node 21). */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
