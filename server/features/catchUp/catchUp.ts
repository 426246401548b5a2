import { ACTIVE_ACTION_STATUSES } from '@shared/schemas/action';
import type { CatchUpDto } from '@shared/schemas/catchUp';
import { INDICATOR_STATUSES } from '@shared/schemas/indicator';
import { Meeting, type MeetingRecord } from '../../models/Meeting';
import { ActionItem, type ActionItemRecord } from '../../models/ActionItem';
import { Term, type TermRecord } from '../../models/Term';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { Thread, type ThreadRecord } from '../../models/Thread';
import { roleOf, visibilityFilter, type Viewer } from '../../policies/index';
import { onEveryInstance } from '../../events';
import { ReadCache } from '../discussions/readCache';
import { presentMeetingSummary } from '../meetings/meetingPresenter';
import { presentActions } from '../followUps/followUps';
import { changesSince } from './catchUpChanges';

const ACTIVE_THREAD_DAYS = 60;

/**
 * Indicator status overview for the viewer: counts by status over the indicators they may read, and
 * the open consultations (closing date from the indicator's latest consultation), soonest first.
 */
export async function indicatorOverview(viewer: Viewer): Promise<CatchUpDto['indicators']> {
  const readable = visibilityFilter(viewer);
  // One count per status (exact however many indicators there are) and only the open consultations
  // read in full. Consultations are few; sorting them here works on FerretDB and MongoDB alike.
  const [perStatus, consulting] = await Promise.all([
    Promise.all(INDICATOR_STATUSES.map((status) => Indicator.countDocuments({ ...readable, status }))),
    Indicator.find({ ...readable, status: 'consultation' }, { code: 1, title: 1, consultation: 1 })
      .limit(1000)
      .lean<Pick<IndicatorRecord, 'code' | 'title' | 'consultation'>[]>(),
  ]);
  const counts = Object.fromEntries(
    INDICATOR_STATUSES.map((s, i) => [s, perStatus[i]!]),
  ) as CatchUpDto['indicators']['counts'];
  const openConsultations = consulting
    .map((r) => ({
      code: r.code,
      title: r.title,
      closesAt: r.consultation?.closesAt ? new Date(r.consultation.closesAt).toISOString() : null,
    }))
    .sort((a, b) => (a.closesAt ?? '9999').localeCompare(b.closesAt ?? '9999'))
    .slice(0, 10);
  return { counts, total: perStatus.reduce((a, b) => a + b, 0), openConsultations };
}

/**
 * The catch-up page: what changed since the reader's last visit (`lastVisit`, null for a first
 * visit), latest reports, indicators, decisions and changes, open follow-ups, busy threads.
 */
export async function catchUp(viewer: Viewer, lastVisit: Date | null = null): Promise<CatchUpDto> {
  const [shared, sinceLastVisit] = await Promise.all([
    roleParts.get(roleOf(viewer) ?? 'anonymous', () => rolePart(viewer)),
    lastVisit ? changesSince(viewer, lastVisit) : null,
  ]);
  const { openActions, ...rest } = shared;
  return {
    sinceLastVisit:
      lastVisit && sinceLastVisit ? { since: lastVisit.toISOString(), changes: sinceLastVisit } : null,
    ...rest,
    openFollowUps: await presentActions(openActions, viewer),
  };
}

/**
 * What every reader with the same role sees alike, kept 2 s per role (`ReadCache`) and dropped at
 * once by any entity change: a busy page costs its role a few queries per two seconds, not per visit.
 */
type RolePart = Omit<CatchUpDto, 'sinceLastVisit' | 'openFollowUps'> & { openActions: ActionItemRecord[] };
const roleParts = new ReadCache<RolePart>(2_000, 10);
onEveryInstance('entity.changed', () => roleParts.invalidate());

async function rolePart(viewer: Viewer): Promise<RolePart> {
  const readable = visibilityFilter(viewer);
  const since = new Date(Date.now() - ACTIVE_THREAD_DAYS * 24 * 3600 * 1000);
  const [meetings, indicators, changedActions, agreedTerms, openActions, threads] = await Promise.all([
    Meeting.find(readable, { report: 0 }).sort({ startsAt: -1 }).limit(3).lean<MeetingRecord[]>(),
    indicatorOverview(viewer),
    ActionItem.find({ ...readable, statusChangedAt: { $ne: null } })
      .sort({ statusChangedAt: -1 })
      .limit(5)
      .lean<ActionItemRecord[]>(),
    Term.find({ ...readable, status: 'agreed', agreedAt: { $ne: null } })
      .sort({ agreedAt: -1 })
      .limit(5)
      .lean<TermRecord[]>(),
    ActionItem.find({ ...readable, status: { $in: [...ACTIVE_ACTION_STATUSES] } })
      .sort({ dueSort: 1, _id: 1 })
      .limit(8)
      .lean<ActionItemRecord[]>(),
    Thread.find({ ...readable, lastMessageAt: { $gte: since } })
      .sort({ lastSeq: -1 })
      .limit(5)
      .lean<ThreadRecord[]>(),
  ]);
  const recentChanges = [
    ...changedActions.map((a) => ({
      kind: 'action' as const,
      title: a.title,
      status: a.status,
      at: a.statusChangedAt!.toISOString(),
      link: `/follow-ups/${String(a._id)}`,
    })),
    ...agreedTerms.map((t) => ({
      kind: 'term' as const,
      title: t.term,
      status: t.status,
      at: t.agreedAt!.toISOString(),
      link: `/glossary/${t.slug}`,
    })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 8);
  return {
    latestReports: meetings.map(presentMeetingSummary),
    indicators,
    recentDecisions: meetings.flatMap((m) =>
      (m.decisions ?? []).map((text) => ({
        text,
        meeting: { slug: m.slug, title: m.title, startsAt: m.startsAt.toISOString() },
      })),
    ),
    recentChanges,
    openActions,
    activeThreads: threads.map((t) => ({
      id: String(t._id),
      title: t.title,
      messages: t.lastSeq,
      lastMessageAt: t.lastMessageAt ? t.lastMessageAt.toISOString() : null,
    })),
  };
}
