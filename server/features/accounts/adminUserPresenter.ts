import type { AdminUserDto } from '@shared/schemas/user';
import type { UserRecord } from '../../models/User';
import type { OrganisationRecord } from '../../models/Organisation';
import { presentUser } from './userPresenter';

/** A user as the admin area lists them, with their organisation (looked up in `organisations`). */
export function presentAdminUser(
  u: UserRecord,
  organisations: Map<string, OrganisationRecord>,
  now = Date.now(),
): AdminUserDto {
  return {
    ...presentUser(u, u.organisationId ? (organisations.get(String(u.organisationId)) ?? null) : null),
    lastSeenAt: u.lastSeenAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    locked: !!u.lockedUntil && u.lockedUntil.getTime() > now,
  };
}
