import type { AdminUserDto } from '@shared/schemas/user';
import type { UserRecord } from '../../models/User';
import { Organisation } from '../../models/Organisation';
import { presentUser } from './userPresenter';

/** Users for the admin area, with organisations resolved in one query. */
export async function presentAdminUsers(users: UserRecord[]): Promise<AdminUserDto[]> {
  const ids = [
    ...new Set(
      users
        .map((u) => u.organisationId)
        .filter(Boolean)
        .map(String),
    ),
  ];
  const orgs = ids.length ? await Organisation.find({ _id: { $in: ids } }).lean() : [];
  const byId = new Map(orgs.map((o) => [String(o._id), o]));
  const now = Date.now();
  return users.map((u) => ({
    ...presentUser(u, u.organisationId ? (byId.get(String(u.organisationId)) ?? null) : null),
    lastSeenAt: u.lastSeenAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    locked: !!u.lockedUntil && u.lockedUntil.getTime() > now,
  }));
}
