import type { InvitationDto, InvitationPreviewSchema } from '@shared/schemas/invitation';
import type { z } from 'zod';
import type { InvitationRecord } from '../../models/Invitation';
import type { OrganisationRecord } from '../../models/Organisation';

function invitationState(inv: InvitationRecord, now = Date.now()): InvitationDto['state'] {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt.getTime() <= now) return 'expired';
  return 'pending';
}

/**
 * An invitation for the host's list, its organisation and inviter looked up in `organisations` and
 * `names` (user id → name).
 */
export function presentInvitation(
  i: InvitationRecord,
  organisations: Map<string, OrganisationRecord>,
  names: Map<string, string>,
): InvitationDto {
  const o = i.organisationId ? organisations.get(String(i.organisationId)) : undefined;
  const inviterName = i.invitedBy ? names.get(String(i.invitedBy)) : undefined;
  return {
    id: String(i._id),
    email: i.email,
    role: i.role,
    organisation: o ? { id: String(o._id), name: o.name, slug: o.slug } : null,
    state: invitationState(i),
    invitedBy: inviterName !== undefined ? { id: String(i.invitedBy), name: inviterName } : null,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
    revokedAt: i.revokedAt?.toISOString() ?? null,
  };
}

/** What the accept page shows the holder of a valid token. */
export function presentInvitationPreview(
  i: InvitationRecord,
  organisation: OrganisationRecord | null,
): z.infer<typeof InvitationPreviewSchema> {
  return {
    email: i.email,
    role: i.role,
    organisation: organisation ? { name: organisation.name } : null,
    expiresAt: i.expiresAt.toISOString(),
  };
}
