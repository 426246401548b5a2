import type { ActionItemRecord } from '../models/ActionItem';
import { canReadVisibility, isHost, roleOf, type Viewer } from './index';

type ActionSubject = Pick<
  ActionItemRecord,
  'visibility' | 'assigneeId' | 'ownerOrganisationId' | 'createdBy'
>;

const same = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b);

/** Follow-ups are for signed-in readers (never public); hosts-only ones for hosts. */
export const canReadAction = (viewer: Viewer, item: Pick<ActionItemRecord, 'visibility'>) =>
  canReadVisibility(viewer, item.visibility);

/** Members and hosts record follow-ups; only hosts make one hosts-only. */
export const canCreateAction = (viewer: Viewer, visibility: ActionItemRecord['visibility']) =>
  (roleOf(viewer) === 'member' || isHost(viewer)) && (visibility !== 'hosts' || isHost(viewer));

/**
 * Hosts edit any follow-up; a member edits one assigned to them, owned by their organisation, or
 * recorded by them — the people who do the work keep its status current.
 */
export const canEditAction = (viewer: Viewer, item: ActionSubject) =>
  isHost(viewer) ||
  (roleOf(viewer) === 'member' &&
    canReadAction(viewer, item) &&
    (same(viewer?._id, item.assigneeId) ||
      same(viewer?.organisationId, item.ownerOrganisationId) ||
      same(viewer?._id, item.createdBy)));

export const canChangeActionVisibility = (viewer: Viewer) => isHost(viewer);
