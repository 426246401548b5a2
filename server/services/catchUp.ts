import mongoose from 'mongoose';
import { readableVisibilities } from '@shared/roles';
import { ACTIVE_ACTION_STATUSES } from '@shared/schemas/action';
import { INDICATOR_STATES, type CatchUpDto } from '@shared/schemas/catchUp';
import { Meeting, type MeetingRecord } from '../models/Meeting';
import { ActionItem, type ActionItemRecord } from '../models/ActionItem';
import { Term, type TermRecord } from '../models/Term';
import { Thread, type ThreadRecord } from '../models/Thread';
import { roleOf, visibilityFilter, type Viewer } from '../policies';
import { presentMeetingSummary } from '../presenters/meeting';
import { presentActions } from './actionItems';

const ACTIVE_THREAD_DAYS = 60;

interface IndicatorRow {
  code?: string;
  title?: string;
  status?: string;
  closesAt?: Date | null;
  consultation?: { closesAt?: Date | null } | null;
}

/**
 * Indicator status overview. Reads the `indicators` collection directly, so the catch-up page
 * works before (and without) the indicators feature: no collection means zeros. Only this function
 * knows the collection's shape; switch it to the Indicator model once that lands.
 */
export async function indicatorOverview(viewer: Viewer): Promise<CatchUpDto['indicators']> {
  const collection = mongoose.connection.collection<IndicatorRow>('indicators');
  const filter = { visibility: { $in: readableVisibilities(roleOf(viewer)) } };
  const counts = Object.fromEntries(
    INDICATOR_STATES.map((s) => [s, 0]),
  ) as CatchUpDto['indicators']['counts'];
  const rows = await collection
    .find(filter, { projection: { code: 1, title: 1, status: 1, closesAt: 1, consultation: 1 } })
    .limit(5000)
    .toArray();
  for (const row of rows) if (row.status && row.status in counts) counts[row.status as keyof typeof counts]++;
  const closes = (r: IndicatorRow) => r.consultation?.closesAt ?? r.closesAt ?? null;
  const openConsultations = rows
    .filter((r) => r.status === 'consultation')
    .map((r) => ({
      code: r.code ?? '',
      title: r.title ?? '',
      closesAt: closes(r) ? new Date(closes(r)!).toISOString() : null,
    }))
    .sort((a, b) => (a.closesAt ?? '9999').localeCompare(b.closesAt ?? '9999'))
    .slice(0, 10);
  return { counts, total: rows.length, openConsultations };
}

/** The catch-up page: latest reports, indicators, decisions and changes, open follow-ups, busy threads. */
export async function catchUp(viewer: Viewer): Promise<CatchUpDto> {
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
    openFollowUps: await presentActions(openActions, viewer),
    activeThreads: threads.map((t) => ({
      id: String(t._id),
      title: t.title,
      messages: t.lastSeq,
      lastMessageAt: t.lastMessageAt ? t.lastMessageAt.toISOString() : null,
    })),
  };
}
