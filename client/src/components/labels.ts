import type { Membership, Role, Visibility } from '@shared/roles';

export const ROLE_LABELS: Record<Role, string> = { observer: 'Observer', member: 'Member', host: 'Host' };

export const MEMBERSHIP_LABELS: Record<Membership, string> = {
  member: 'Member',
  'non-member': 'Non-member participant',
  former: 'Former member',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'Public',
  members: 'Members only',
  hosts: 'Hosts only',
};

/** The first word of a person's name, for greetings. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
