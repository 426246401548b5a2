import type { Types } from 'mongoose';
import {
  DEFAULT_EMAIL_PREFERENCES,
  EMAIL_TOPICS,
  HOST_ONLY_TOPICS,
  type EmailFrequency,
  type EmailTopic,
} from '@shared/schemas/emailPreferences';
import type { Role } from '@shared/roles';
import { EmailPreference } from '../../models/EmailPreference';

export type TopicFrequencies = Record<EmailTopic, EmailFrequency>;

/** The topics a role may hear of (hosts-only ones are off for everyone else, whatever is stored). */
export const topicsForRole = (role: Role): EmailTopic[] =>
  EMAIL_TOPICS.filter((t) => role === 'host' || !HOST_ONLY_TOPICS.includes(t));

/** Each person's frequencies: what they chose over the defaults. */
export async function frequenciesOf(
  userIds: (Types.ObjectId | string)[],
): Promise<Map<string, TopicFrequencies>> {
  const stored = await EmailPreference.find({ _id: { $in: userIds } }).lean();
  const byId = new Map(stored.map((p) => [String(p._id), p.topics ?? {}]));
  return new Map(
    userIds.map((id) => [String(id), { ...DEFAULT_EMAIL_PREFERENCES, ...(byId.get(String(id)) ?? {}) }]),
  );
}

export async function frequencyOf(userId: Types.ObjectId | string, role: Role, topic: EmailTopic) {
  if (!topicsForRole(role).includes(topic)) return 'off';
  return (await frequenciesOf([userId])).get(String(userId))![topic];
}

/** Stores the given topics' frequencies (one atomic update; the other topics keep theirs). */
export async function setFrequencies(
  userId: Types.ObjectId | string,
  topics: Partial<Record<EmailTopic, EmailFrequency>>,
): Promise<void> {
  const set = Object.fromEntries(Object.entries(topics).map(([k, v]) => [`topics.${k}`, v]));
  await EmailPreference.updateOne({ _id: userId }, { $set: set }, { upsert: true });
}
