import type { UserDto } from '@shared/schemas/auth';
import { Organisation, type OrganisationRecord } from '../models/Organisation';
import { User, type UserRecord } from '../models/User';
import { presentUser } from '../presenters/user';

/** The user's DTO with their organisation resolved. */
export async function loadUserDto(user: UserRecord): Promise<UserDto> {
  const org = user.organisationId
    ? await Organisation.findById(user.organisationId).lean<OrganisationRecord>()
    : null;
  return presentUser(user, org);
}

/** Notes the time of a successful sign-in (shown to hosts as "last seen"). */
export async function recordSignIn(userId: UserRecord['_id']): Promise<void> {
  await User.updateOne({ _id: userId }, { $set: { lastSeenAt: new Date() } });
}
