import type { CatchUpDto } from '@shared/schemas/catchUp';
import { INDICATOR_STATUS_LABELS } from '@shared/schemas/indicator';
import { ACTION_STATUS_NAMES } from '@shared/schemas/catchUp';
import { ActionItem, type ActionItemRecord } from '../../models/ActionItem';
import { DocumentModel, type DocumentRecord } from '../../models/Document';
import { Indicator, type IndicatorRecord } from '../../models/Indicator';
import { Meeting, type MeetingRecord } from '../../models/Meeting';
import { Term, type TermRecord } from '../../models/Term';
import { Thread, type ThreadRecord } from '../../models/Thread';
import { visibilityFilter, type Viewer } from '../../policies/index';

type Change = NonNullable<CatchUpDto['sinceLastVisit']>['changes'][number];

/** Per kind of change: enough to fill the list; the list keeps the newest of all kinds. */
const PER_KIND = 5;
const SHOWN = 12;

/**
 * What changed since a moment (the viewer's previous visit), newest first, through the visibility
 * filter: indicators revised or moved on, documents added, meetings recorded or their reports
 * changed, follow-ups whose status changed, terms agreed, discussions with new messages.
 */
export async function changesSince(viewer: Viewer, since: Date): Promise<Change[]> {
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
    ActionItem.find({ ...readable, statusChangedAt: after }, { title: 1, status: 1, statusChangedAt: 1 })
      .sort({ statusChangedAt: -1 })
      .limit(PER_KIND)
      .lean<ActionItemRecord[]>(),
    Term.find({ ...readable, status: 'agreed', agreedAt: after }, { term: 1, slug: 1, agreedAt: 1 })
      .sort({ agreedAt: -1 })
      .limit(PER_KIND)
      .lean<TermRecord[]>(),
    Thread.find({ ...readable, lastMessageAt: after }, { title: 1, lastMessageAt: 1 })
      .sort({ lastMessageAt: -1 })
      .limit(PER_KIND)
      .lean<ThreadRecord[]>(),
  ]);
  const changes: Change[] = [
    ...indicators.map((i) => ({
      kind: 'indicator' as const,
      title: `${i.code} ${i.title}`,
      what:
        i.lastRevisedAt > since
          ? `Revised; now ${INDICATOR_STATUS_LABELS[i.status].toLowerCase()}`
          : `Now ${INDICATOR_STATUS_LABELS[i.status].toLowerCase()}`,
      link: `/indicators/${i.code}`,
      at: i.updatedAt.toISOString(),
    })),
    ...documents.map((d) => ({
      kind: 'document' as const,
      title: d.title,
      what: 'Added to the library',
      link: `/library/${String(d._id)}`,
      at: d.createdAt.toISOString(),
    })),
    ...meetings.map((m) => ({
      kind: 'meeting' as const,
      title: m.title,
      what: m.createdAt > since ? 'Meeting recorded' : 'Meeting or its report updated',
      link: `/meetings/${m.slug}`,
      at: m.updatedAt.toISOString(),
    })),
    ...actions.map((a) => ({
      kind: 'action' as const,
      title: a.title,
      what: `Follow-up now ${ACTION_STATUS_NAMES[a.status]}`,
      link: `/follow-ups/${String(a._id)}`,
      at: a.statusChangedAt!.toISOString(),
    })),
    ...terms.map((t) => ({
      kind: 'term' as const,
      title: t.term,
      what: 'Term agreed',
      link: `/glossary/${t.slug}`,
      at: t.agreedAt!.toISOString(),
    })),
    ...threads.map((t) => ({
      kind: 'thread' as const,
      title: t.title,
      what: 'New messages',
      link: `/discussions/${String(t._id)}`,
      at: t.lastMessageAt!.toISOString(),
    })),
  ];
  return changes.sort((a, b) => b.at.localeCompare(a.at)).slice(0, SHOWN);
}
