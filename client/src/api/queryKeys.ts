import type { FollowUpListParams } from './followUps';
import type { ApplicationListParams } from './applications';
import type { AuditListParams } from './audit';
import type { DocumentListParams } from './documents';
import type { IndicatorListParams } from './indicators';
import type { InvitationListParams } from './invitations';
import type { OrganisationListParams } from './organisations';
import type { TermListParams } from './terms';
import type { ThreadListParams } from './threads';
import type { UserListParams } from './users';

type Filters<T> = Omit<T, 'cursor'>;

/**
 * Every TanStack Query key in one place. The first element names the entity kind, so a realtime
 * `entity:changed {kind}` can refresh the matching queries (`meeting` → `meeting` and `meetings`).
 */
export const queryKeys = {
  session: ['session'] as const,
  health: ['health'] as const,
  latestMeeting: ['meetings', 'latest'] as const,
  meetings: ['meetings', 'list'] as const,
  meeting: (slug: string) => ['meeting', slug] as const,
  /** Every meeting the viewer may read, for selects. */
  meetingOptions: ['meetings', 'options'] as const,
  documents: (params: Filters<DocumentListParams>) => ['documents', params] as const,
  document: (id: string) => ['document', id] as const,
  documentVersions: (id: string) => ['document', id, 'versions'] as const,
  documentPreview: (id: string, version: number) => ['document', id, 'preview', version] as const,
  organisations: (params: Filters<OrganisationListParams>) => ['organisations', params] as const,
  /** Every organisation, for selects. */
  organisationOptions: ['organisations', 'all'] as const,
  organisationStats: ['organisations', 'stats'] as const,
  organisation: (slug: string) => ['organisation', slug] as const,
  users: (params: Filters<UserListParams>) => ['users', params] as const,
  invitations: (params: Filters<InvitationListParams>) => ['invitations', params] as const,
  invitationPreview: (token: string) => ['invitation-preview', token] as const,
  passwordResetPreview: (token: string) => ['password-reset-preview', token] as const,
  applications: (params: Filters<ApplicationListParams>) => ['applications', params] as const,
  audit: (params: Filters<AuditListParams>) => ['audit', params] as const,
  threads: (params: Filters<ThreadListParams>) => ['threads', params] as const,
  thread: (id: string) => ['thread', id] as const,
  mentionable: (threadId: string, q: string) => ['thread', threadId, 'mentionable', q] as const,
  notifications: ['notifications'] as const,
  messageEdits: (id: string) => ['message', id, 'edits'] as const,
  indicators: (params: Filters<IndicatorListParams>) => ['indicators', params] as const,
  indicator: (code: string) => ['indicator', code] as const,
  indicatorRevisions: (code: string) => ['indicator', code, 'revisions'] as const,
  indicatorDiff: (code: string, from: number, to: number) => ['indicator', code, 'diff', from, to] as const,
  indicatorPositions: (code: string) => ['indicator', code, 'positions'] as const,
  reportProposals: (slug: string) => ['meeting', slug, 'proposals'] as const,
  followUps: (params: Filters<FollowUpListParams>) => ['followUps', params] as const,
  followUp: (id: string) => ['followUp', id] as const,
  terms: (params: Filters<TermListParams>) => ['terms', params] as const,
  term: (slug: string) => ['term', slug] as const,
  catchUp: ['catch-up'] as const,
};

export { keyMatchesKind } from './entityKinds';
