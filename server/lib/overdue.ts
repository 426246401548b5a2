import { ACTIVE_FOLLOW_UP_STATUSES, type FollowUpStatus } from '@shared/schemas/followUp';

/**
 * The one definition of "overdue", shared by the list filter and the presenter: the due date is
 * before today (UTC) and the item is still open or in progress. Due today is not overdue yet.
 */
export function overdueCutoff(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function isOverdue(item: { dueAt: Date | null; status: FollowUpStatus }, now = new Date()): boolean {
  return !!item.dueAt && item.dueAt < overdueCutoff(now) && ACTIVE_FOLLOW_UP_STATUSES.includes(item.status);
}

/** The same rule as a query filter. */
export const overdueFilter = (now = new Date()) => ({
  dueAt: { $ne: null, $lt: overdueCutoff(now) },
  status: { $in: [...ACTIVE_FOLLOW_UP_STATUSES] },
});
