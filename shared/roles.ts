/** Roles, visibilities and enumerations shared by client and server. */
export const ROLES = ['observer', 'member', 'host'] as const;
export type Role = (typeof ROLES)[number];

export const VISIBILITIES = ['public', 'members', 'hosts'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const USER_STATUSES = ['active', 'suspended'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const ORG_CATEGORIES = [
  'industry',
  'civil-society',
  'international-organisation',
  'government',
  'hotline',
  'academia',
  'other',
] as const;
export type OrgCategory = (typeof ORG_CATEGORIES)[number];

export const ORG_CATEGORY_LABELS: Record<OrgCategory, string> = {
  industry: 'Industry',
  'civil-society': 'Civil society',
  'international-organisation': 'International organisation',
  government: 'Government',
  hotline: 'Hotline',
  academia: 'Academia',
  other: 'Other',
};

export const MEMBERSHIPS = ['member', 'non-member', 'former'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];

/** Which visibilities a viewer with the given role (or anonymous) may read. */
export function readableVisibilities(role: Role | null): Visibility[] {
  if (role === 'host') return ['public', 'members', 'hosts'];
  if (role === 'member' || role === 'observer') return ['public', 'members'];
  return ['public'];
}

/** The roles whose holders may read an item of this visibility (the converse of readableVisibilities). */
export const rolesReading = (visibility: Visibility): Role[] =>
  ROLES.filter((role) => readableVisibilities(role).includes(visibility));
