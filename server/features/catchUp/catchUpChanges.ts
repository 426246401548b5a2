import { FollowUp, type FollowUpRecord } from '../../models/FollowUp';
import { DocumentModel, type DocumentRecord } from '../../models/Document';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { Meeting, type MeetingRecord } from '../../models/Meeting';
import { Term, type TermRecord } from '../../models/Term';
import { Thread, type ThreadRecord } from '../../models/Thread';
import { visibilityFilter, type Viewer } from '../../policies/index';
import type { ChangedRecords } from './catchUpRecords';

/** Per kind of change: enough to fill the list; the list keeps the newest of all kinds. */
const PER_KIND = 5;

/**
 * What changed since a moment (the viewer's previous visit), through the visibility filter:
 * indicators revised or moved on, documents added, meetings recorded or their reports changed,
 * follow-ups whose status changed, terms agreed, discussions with new messages.
 */
export async function changedSince(viewer: Viewer, since: Date): Promise<ChangedRecords> {
  const readable = visibilityFilter(viewer);
  const after = { $gt: since };
  const [indicators, documents, meetings, actions, terms, threads] = await Promise.all([
    Indicator.find(
      { ...readable, updatedAt: after },
      { code: 1, title: 1, status: 1, lastRevisedAt: 1, updatedAt: 1 },
    )
      .sort({ updatedAt: -1 })
      .limit(PER_KIND)
      .lean<IndicatorRecord[]>(),
    DocumentModel.find({ ...readable, archivedAt: null, createdAt: after }, { title: 1, createdAt: 1 })
      .sort({ createdAt: -1 })
      .limit(PER_KIND)
      .lean<DocumentRecord[]>(),
    Meeting.find({ ...readable, updatedAt: after }, { slug: 1, title: 1, createdAt: 1, updatedAt: 1 })
      .sort({ updatedAt: -1 })
      .limit(PER_KIND)
      .lean<MeetingRecord[]>(),
    FollowUp.find({ ...readable, statusChangedAt: after }, { title: 1, status: 1, statusChangedAt: 1 })
      .sort({ statusChangedAt: -1 })
      .limit(PER_KIND)
      .lean<FollowUpRecord[]>(),
    Term.find({ ...readable, status: 'agreed', agreedAt: after }, { term: 1, slug: 1, agreedAt: 1 })
      .sort({ agreedAt: -1 })
      .limit(PER_KIND)
      .lean<TermRecord[]>(),
    Thread.find({ ...readable, lastMessageAt: after }, { title: 1, lastMessageAt: 1 })
      .sort({ lastMessageAt: -1 })
      .limit(PER_KIND)
      .lean<ThreadRecord[]>(),
  ]);
  return { indicators, documents, meetings, actions, terms, threads };
}
