import type { FollowUpRecord } from '../models/FollowUp';
import { canReadVisibility, isHost, roleOf, type Viewer } from './index';

type FollowUpSubject = Pick<
  FollowUpRecord,
  'visibility' | 'assigneeId' | 'ownerOrganisationId' | 'createdBy'
>;

const same = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b);

/** Follow-ups are for signed-in readers (never public); hosts-only ones for hosts. */
export const canReadFollowUp = (viewer: Viewer, item: Pick<FollowUpRecord, 'visibility'>) =>
  canReadVisibility(viewer, item.visibility);

/** Members and hosts record follow-ups; only hosts make one hosts-only. */
export const canCreateFollowUp = (viewer: Viewer, visibility: FollowUpRecord['visibility']) =>
  (roleOf(viewer) === 'member' || isHost(viewer)) && (visibility !== 'hosts' || isHost(viewer));

/**
 * Hosts edit any follow-up; a member edits one assigned to them, owned by their organisation, or
 * recorded by them — the people who do the work keep its status current.
 */
export const canEditFollowUp = (viewer: Viewer, item: FollowUpSubject) =>
  isHost(viewer) ||
  (roleOf(viewer) === 'member' &&
    canReadFollowUp(viewer, item) &&
    (same(viewer?._id, item.assigneeId) ||
      same(viewer?.organisationId, item.ownerOrganisationId) ||
      same(viewer?._id, item.createdBy)));

export const canChangeFollowUpVisibility = (viewer: Viewer) => isHost(viewer);
