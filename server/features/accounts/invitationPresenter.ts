import type { InvitationDto } from '@shared/schemas/invitation';
import type { InvitationRecord } from '../../models/Invitation';
import { Organisation } from '../../models/Organisation';
import { User } from '../../models/User';

export function invitationState(inv: InvitationRecord, now = Date.now()): InvitationDto['state'] {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt.getTime() <= now) return 'expired';
  return 'pending';
}

/** Presents invitations with their organisations and inviters resolved in two queries. */
export async function presentInvitations(items: InvitationRecord[]): Promise<InvitationDto[]> {
  const orgIds = [
    ...new Set(
      items
        .map((i) => i.organisationId)
        .filter(Boolean)
        .map(String),
    ),
  ];
  const userIds = [
    ...new Set(
      items
        .map((i) => i.invitedBy)
        .filter(Boolean)
        .map(String),
    ),
  ];
  const [orgs, users] = await Promise.all([
    orgIds.length ? Organisation.find({ _id: { $in: orgIds } }, { name: 1, slug: 1 }).lean() : [],
    userIds.length ? User.find({ _id: { $in: userIds } }, { name: 1 }).lean() : [],
  ]);
  const org = new Map(orgs.map((o) => [String(o._id), o]));
  const user = new Map(users.map((u) => [String(u._id), u]));
  return items.map((i) => {
    const o = i.organisationId ? org.get(String(i.organisationId)) : undefined;
    const u = i.invitedBy ? user.get(String(i.invitedBy)) : undefined;
    return {
      id: String(i._id),
      email: i.email,
      role: i.role,
      organisation: o ? { id: String(o._id), name: o.name, slug: o.slug } : null,
      state: invitationState(i),
      invitedBy: u ? { id: String(u._id), name: u.name } : null,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      acceptedAt: i.acceptedAt?.toISOString() ?? null,
      revokedAt: i.revokedAt?.toISOString() ?? null,
    };
  });
}
