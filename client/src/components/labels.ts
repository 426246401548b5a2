import type { Membership, Role, UserStatus, Visibility } from '@shared/roles';
import type { INVITATION_STATES } from '@shared/schemas/invitation';
import type { APPLICATION_STATUSES } from '@shared/schemas/application';

export const ROLE_LABELS: Record<Role, string> = { observer: 'Observer', member: 'Member', host: 'Host' };

export const MEMBERSHIP_LABELS: Record<Membership, string> = {
  member: 'Member',
  'non-member': 'Non-member participant',
  former: 'Former member',
};

export const USER_STATUS_LABELS: Record<UserStatus, string> = { active: 'Active', suspended: 'Suspended' };

export const INVITATION_STATE_LABELS: Record<(typeof INVITATION_STATES)[number], string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  revoked: 'Revoked',
  expired: 'Expired',
};

export const APPLICATION_STATUS_LABELS: Record<(typeof APPLICATION_STATUSES)[number], string> = {
  pending: 'Waiting for review',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'Public',
  members: 'Members only',
  hosts: 'Hosts only',
};

/** The first word of a person's name, for greetings. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
