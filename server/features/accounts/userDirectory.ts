import type { Language } from '@shared/i18n/languages';
import { User, type UserRecord } from '../../models/User';
import { NotFoundError } from '../../errors';

type UserId = UserRecord['_id'] | string;

/** The account as stored now (after a sign-in has recorded the visit, say). */
export async function loadUser(userId: UserId): Promise<UserRecord> {
  const user = await User.findById(userId).lean<UserRecord>();
  if (!user) throw new NotFoundError('User');
  return user;
}

/** The email an account signs in with, or null when the account is gone. */
export async function emailOf(userId: UserId): Promise<string | null> {
  const user = await User.findById(userId, { email: 1 }).lean<{ email: string }>();
  return user?.email ?? null;
}

/** Renames the user's own profile. */
export async function setName(userId: UserId, name: string): Promise<UserRecord> {
  const updated = await User.findOneAndUpdate(
    { _id: userId },
    { $set: { name } },
    { returnDocument: 'after' },
  ).lean<UserRecord>();
  if (!updated) throw new NotFoundError('User');
  return updated;
}

/** Keeps the interface language on the account, so it follows the person to other browsers. */
export async function setLanguage(userId: UserId, language: Language): Promise<void> {
  await User.updateOne({ _id: userId }, { $set: { language } });
}

/**
 * Notes the time of a successful sign-in (shown to hosts as "last seen"), keeping the one before
 * as the previous visit (the catch-up page's "since your last visit"; null means a first visit).
 */
export async function recordSignIn(userId: UserRecord['_id']): Promise<void> {
  // The record as it was before the update (FerretDB takes no projection on findAndModify).
  const before = await User.findOneAndUpdate(
    { _id: userId },
    { $set: { lastSeenAt: new Date() } },
  ).lean<UserRecord>();
  if (before?.lastSeenAt)
    await User.updateOne({ _id: userId }, { $set: { previousSeenAt: before.lastSeenAt } });
}
