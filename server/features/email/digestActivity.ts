import { visibilityFilter } from '../../policies/index';
import { DocumentModel as Document, type DocumentRecord } from '../../models/Document';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { Meeting, type MeetingRecord } from '../../models/Meeting';
import { FollowUp, type FollowUpRecord } from '../../models/FollowUp';
import { Thread, type ThreadRecord } from '../../models/Thread';
import type { Recipient } from './context';

const DAY_MS = 24 * 3600_000;

/** What a digest summarises, newest first in each part. */
export interface DigestActivity {
  documents: DocumentRecord[];
  indicators: IndicatorRecord[];
  /** Consultations still open, the one closing soonest first. */
  consultations: (IndicatorRecord & { consultation: NonNullable<IndicatorRecord['consultation']> })[];
  /** Meetings that recorded decisions. */
  meetings: MeetingRecord[];
  /** The person's (or their organisation's) open follow-ups due within a week or overdue. */
  followUps: (FollowUpRecord & { dueAt: Date })[];
  threads: ThreadRecord[];
}

/**
 * What happened since `since` that this person may read NOW: every query carries their visibility
 * filter at send time, so an item made hosts-only after the event is not in a member's digest.
 */
export async function digestActivity(person: Recipient, since: Date, now: Date): Promise<DigestActivity> {
  const readable = visibilityFilter(person);
  const mine = [
    { assigneeId: person._id },
    ...(person.organisationId ? [{ ownerOrganisationId: person.organisationId }] : []),
  ];
  const [documents, indicators, consultations, meetings, followUps, threads] = await Promise.all([
    Document.find({ ...readable, archivedAt: null, createdAt: { $gte: since } })
      .sort({ createdAt: -1 })
      .limit(15)
      .lean<DocumentRecord[]>(),
    Indicator.find({ ...readable, updatedAt: { $gte: since } })
      .sort({ updatedAt: -1 })
      .limit(15)
      .lean<IndicatorRecord[]>(),
    Indicator.find({ ...readable, status: 'consultation' })
      .limit(30)
      .lean<IndicatorRecord[]>(),
    Meeting.find({ ...readable, updatedAt: { $gte: since } })
      .sort({ updatedAt: -1 })
      .limit(10)
      .lean<MeetingRecord[]>(),
    FollowUp.find({
      ...readable,
      status: { $in: ['open', 'in-progress'] },
      dueAt: { $ne: null, $lte: new Date(now.getTime() + 7 * DAY_MS) },
      $or: mine,
    })
      .sort({ dueSort: 1 })
      .limit(20)
      .lean<(FollowUpRecord & { dueAt: Date })[]>(),
    Thread.find({ ...readable, lastMessageAt: { $gte: since } })
      .sort({ lastMessageAt: -1 })
      .limit(10)
      .lean<ThreadRecord[]>(),
  ]);
  return {
    documents,
    indicators,
    consultations: consultations
      .filter(
        (i): i is DigestActivity['consultations'][number] =>
          !!i.consultation && i.consultation.closesAt > now,
      )
      .sort((a, b) => a.consultation.closesAt.getTime() - b.consultation.closesAt.getTime()),
    meetings: meetings.filter((m) => m.decisions?.length),
    followUps,
    threads,
  };
}
