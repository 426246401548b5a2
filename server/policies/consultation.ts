import type { Membership } from '@shared/roles';
import { isHost, roleOf, type Viewer } from './index';
import { canReadIndicator, type IndicatorSubject } from './indicator';

/** What the comment rules need to know about a comment. */
export interface CommentSubject {
  organisationId: { toString(): string };
  status: 'draft' | 'submitted';
}

const sameOrganisation = (viewer: Viewer, organisationId: { toString(): string }) =>
  !!viewer?.organisationId && String(viewer.organisationId) === String(organisationId);

/** Comments name organisations: signed-in readers of the indicator read them (like positions). */
export const canReadComments = (viewer: Viewer, ind: Pick<IndicatorSubject, 'visibility'>) =>
  roleOf(viewer) !== null && canReadIndicator(viewer, ind);

/** A draft is its organisation's work in progress: only that organisation's people see it. */
export const canSeeComment = (viewer: Viewer, comment: CommentSubject) =>
  comment.status === 'submitted' || sameOrganisation(viewer, comment.organisationId);

/**
 * Members and hosts of a member organisation comment on its behalf while the indicator is in
 * consultation (whether it is still open is the service's 409). Observers read only.
 */
export const canComment = (
  viewer: Viewer,
  ind: IndicatorSubject,
  organisation: { membership: Membership } | null,
) =>
  (roleOf(viewer) === 'member' || isHost(viewer)) &&
  canReadIndicator(viewer, ind) &&
  ind.status === 'consultation' &&
  organisation?.membership === 'member';

/** Any member (or host) of the comment's organisation drafts and revises it until it is submitted. */
export const canReviseComment = (viewer: Viewer, comment: CommentSubject) =>
  (roleOf(viewer) === 'member' || isHost(viewer)) && sameOrganisation(viewer, comment.organisationId);

/** The indicator's custodian organisation (its members) and hosts answer the comments. */
export const canDisposeComments = (
  viewer: Viewer,
  ind: Pick<IndicatorSubject, 'visibility'> & { custodianId?: { toString(): string } | null },
) =>
  canReadIndicator(viewer, ind) &&
  (isHost(viewer) ||
    (roleOf(viewer) === 'member' && !!ind.custodianId && sameOrganisation(viewer, ind.custodianId)));
