import type { Types } from 'mongoose';
import { User, type UserRecord } from '../../models/User';
import { UnauthenticatedError } from '../../errors';
import type { Viewer } from '../../policies/index';

/** Who sends a message: a viewer the policies judge, and the name the room sees. */
export type Sender = NonNullable<Viewer> & { name: string };

/** A socket's user as the account is now: refused (`unauthenticated`) once gone or no longer active. */
export async function activeAccount(userId: string): Promise<UserRecord> {
  const user = await User.findById(userId).lean<UserRecord>();
  if (!user || user.status !== 'active') throw new UnauthenticatedError();
  return user;
}

/**
 * The person a reply address was issued to, as the policies need them (null once the account is
 * gone; a suspended one is refused by the policies, as anywhere else).
 */
export async function senderById(userId: Types.ObjectId | string): Promise<Sender | null> {
  const user = await User.findById(userId, { name: 1, role: 1, status: 1, organisationId: 1 }).lean();
  return user && { ...user, organisationId: user.organisationId ?? null };
}
