import type { UserDto } from '@shared/schemas/auth';
import { Organisation, type OrganisationRecord } from '../../models/Organisation';
import { User, type UserRecord } from '../../models/User';
import { presentUser } from './userPresenter';
import { NotFoundError } from '../../errors';

/** The user's DTO with their organisation resolved. */
export async function loadUserDto(user: UserRecord): Promise<UserDto> {
  const org = user.organisationId
    ? await Organisation.findById(user.organisationId).lean<OrganisationRecord>()
    : null;
  return presentUser(user, org);
}

/** The DTO of a user as stored now (after a sign-in has recorded the visit). */
export async function loadUserDtoById(userId: UserRecord['_id']): Promise<UserDto> {
  const user = await User.findById(userId).lean<UserRecord>();
  if (!user) throw new NotFoundError('User');
  return loadUserDto(user);
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
