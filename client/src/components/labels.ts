import type { DocumentKind } from '@shared/schemas/document';
import type { Membership, OrgCategory, Role, UserStatus, Visibility } from '@shared/roles';
import type { IndicatorStatus } from '@shared/schemas/indicator';
import type { FollowUpStatus } from '@shared/schemas/followUp';
import type { TermStatus } from '@shared/schemas/term';
import type { INVITATION_STATES } from '@shared/schemas/invitation';
import type { APPLICATION_STATUSES } from '@shared/schemas/application';
import { i18n } from '../i18n';

/**
 * A map of labels whose every value is read from the catalogue when it is read (a getter per
 * value), so a label shows in the reader's language even though the map is made at module load.
 */
function catalogueLabels<Value extends string>(keys: Record<Value, string>): Readonly<Record<Value, string>> {
  const labels = {} as Record<Value, string>;
  for (const [value, key] of Object.entries(keys) as [Value, string][])
    Object.defineProperty(labels, value, { enumerable: true, get: () => i18n.t(key) });
  return labels;
}

export const ROLE_LABELS: Record<Role, string> = catalogueLabels({
  observer: 'common:roles.observer',
  member: 'common:roles.member',
  host: 'common:roles.host',
});

export const MEMBERSHIP_LABELS: Record<Membership, string> = catalogueLabels({
  member: 'common:membership.member',
  'non-member': 'common:membership.nonMember',
  former: 'common:membership.former',
});

export const USER_STATUS_LABELS: Record<UserStatus, string> = catalogueLabels({
  active: 'common:userStatus.active',
  suspended: 'common:userStatus.suspended',
});

export const INVITATION_STATE_LABELS: Record<(typeof INVITATION_STATES)[number], string> = catalogueLabels({
  pending: 'common:invitationState.pending',
  accepted: 'common:invitationState.accepted',
  revoked: 'common:invitationState.revoked',
  expired: 'common:invitationState.expired',
});

export const APPLICATION_STATUS_LABELS: Record<(typeof APPLICATION_STATUSES)[number], string> =
  catalogueLabels({
    pending: 'common:applicationStatus.pending',
    approved: 'common:applicationStatus.approved',
    rejected: 'common:applicationStatus.rejected',
  });

export const VISIBILITY_LABELS: Record<Visibility, string> = catalogueLabels({
  public: 'common:visibility.public',
  members: 'common:visibility.members',
  hosts: 'common:visibility.hosts',
});

/** The member categories in the reader's language (`@shared/roles` keeps the English ones for the server). */
export const ORG_CATEGORY_LABELS: Record<OrgCategory, string> = catalogueLabels({
  industry: 'common:orgCategory.industry',
  'civil-society': 'common:orgCategory.civilSociety',
  'international-organisation': 'common:orgCategory.internationalOrganisation',
  government: 'common:orgCategory.government',
  hotline: 'common:orgCategory.hotline',
  academia: 'common:orgCategory.academia',
  other: 'common:orgCategory.other',
});

/** The indicator states in the reader's language (`@shared/schemas/indicator` keeps the English ones). */
export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = catalogueLabels({
  proposed: 'common:indicatorStatus.proposed',
  drafting: 'common:indicatorStatus.drafting',
  consultation: 'common:indicatorStatus.consultation',
  endorsed: 'common:indicatorStatus.endorsed',
  retired: 'common:indicatorStatus.retired',
});

/** The kinds of the library's documents in the reader's language. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = catalogueLabels({
  report: 'common:documentKinds.report',
  presentation: 'common:documentKinds.presentation',
  resource: 'common:documentKinds.resource',
  minutes: 'common:documentKinds.minutes',
  survey: 'common:documentKinds.survey',
  draft: 'common:documentKinds.draft',
  other: 'common:documentKinds.other',
});

/** A follow-up's status in the reader's language. */
export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = catalogueLabels({
  open: 'meetings:followUps.status.open',
  'in-progress': 'meetings:followUps.status.inProgress',
  done: 'meetings:followUps.status.done',
  dropped: 'meetings:followUps.status.dropped',
});

/** A glossary term's status in the reader's language. */
export const TERM_STATUS_LABELS: Record<TermStatus, string> = catalogueLabels({
  draft: 'directory:termStatus.draft',
  agreed: 'directory:termStatus.agreed',
});

/** The first word of a person's name, for greetings. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
