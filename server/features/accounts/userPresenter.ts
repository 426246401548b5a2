import type { UserDto } from '@shared/schemas/auth';
import type { UserRecord } from '../../models/User';
import type { OrganisationRecord } from '../../models/Organisation';

export function presentUser(user: UserRecord, organisation: OrganisationRecord | null): UserDto {
  return {
    id: String(user._id),
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    previousVisitAt: user.previousSeenAt?.toISOString() ?? null,
    language: user.language ?? null,
    organisation: organisation
      ? { id: String(organisation._id), name: organisation.name, slug: organisation.slug }
      : null,
  };
}
