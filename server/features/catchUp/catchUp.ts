import { ACTIVE_FOLLOW_UP_STATUSES } from '@shared/schemas/followUp';
import { INDICATOR_STATUSES, type IndicatorStatus } from '@shared/schemas/indicator';
import { Meeting, type MeetingRecord } from '../../models/Meeting';
import { FollowUp, type FollowUpRecord } from '../../models/FollowUp';
import { Term, type TermRecord } from '../../models/Term';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { Thread, type ThreadRecord } from '../../models/Thread';
import { roleOf, visibilityFilter, type Viewer } from '../../policies/index';
import { onEveryInstance } from '../../events';
import { ReadCache } from '../../lib/readCache';
import type { IndicatorOverviewRecords, RoleRecords } from './catchUpRecords';

const ACTIVE_THREAD_DAYS = 60;

/**
 * Indicator status overview for the viewer: counts by status over the indicators they may read, and
 * the indicators in consultation (their latest consultation says when it closes).
 */
async function indicatorOverview(viewer: Viewer): Promise<IndicatorOverviewRecords> {
  const readable = visibilityFilter(viewer);
  // One count per status (exact however many indicators there are) and only the open consultations
  // read in full. Consultations are few; they are sorted when presented, which works on FerretDB and
  // MongoDB alike.
  const [perStatus, consulting] = await Promise.all([
    Promise.all(INDICATOR_STATUSES.map((status) => Indicator.countDocuments({ ...readable, status }))),
    Indicator.find({ ...readable, status: 'consultation' }, { code: 1, title: 1, consultation: 1 })
      .limit(1000)
      .lean<Pick<IndicatorRecord, 'code' | 'title' | 'consultation'>[]>(),
  ]);
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((s, i) => [s, perStatus[i]!])) as Record<
    IndicatorStatus,
    number
  >;
  return { counts, consulting };
}

/**
 * Kept 2 s per role (`ReadCache`) and dropped at once by any entity change: a busy page costs its
 * role a few queries per two seconds, not per visit.
 */
const roleParts = new ReadCache<RoleRecords>(2_000, 10);
onEveryInstance('entity.changed', () => roleParts.invalidate());

/** The records of the catch-up page that depend only on the viewer's role (cached, see above). */
export const roleRecords = (viewer: Viewer): Promise<RoleRecords> =>
  roleParts.get(roleOf(viewer) ?? 'anonymous', () => loadRoleRecords(viewer));

async function loadRoleRecords(viewer: Viewer): Promise<RoleRecords> {
  const readable = visibilityFilter(viewer);
  const since = new Date(Date.now() - ACTIVE_THREAD_DAYS * 24 * 3600 * 1000);
  const [meetings, indicators, changedFollowUps, agreedTerms, openFollowUps, threads] = await Promise.all([
    Meeting.find(readable, { report: 0 }).sort({ startsAt: -1 }).limit(3).lean<MeetingRecord[]>(),
    indicatorOverview(viewer),
    FollowUp.find({ ...readable, statusChangedAt: { $ne: null } })
      .sort({ statusChangedAt: -1 })
      .limit(5)
      .lean<FollowUpRecord[]>(),
    Term.find({ ...readable, status: 'agreed', agreedAt: { $ne: null } })
      .sort({ agreedAt: -1 })
      .limit(5)
      .lean<TermRecord[]>(),
    FollowUp.find({ ...readable, status: { $in: [...ACTIVE_FOLLOW_UP_STATUSES] } })
      .sort({ dueSort: 1, _id: 1 })
      .limit(8)
      .lean<FollowUpRecord[]>(),
    Thread.find({ ...readable, lastMessageAt: { $gte: since } })
      .sort({ lastSeq: -1 })
      .limit(5)
      .lean<ThreadRecord[]>(),
  ]);
  return { meetings, indicators, changedFollowUps, agreedTerms, openFollowUps, threads };
}
