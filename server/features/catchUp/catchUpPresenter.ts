import type { CatchUpDto } from '@shared/schemas/catchUp';
import { FOLLOW_UP_STATUS_NAMES } from '@shared/schemas/catchUp';
import { INDICATOR_STATUS_LABELS } from '@shared/schemas/indicator';
import { presentMeetingSummary } from '../meetings/meetingPresenter';
import type { ChangedRecords, IndicatorOverviewRecords, RoleRecords } from './catchUpRecords';

type Change = NonNullable<CatchUpDto['sinceLastVisit']>['changes'][number];
type RolePart = Omit<CatchUpDto, 'sinceLastVisit' | 'openFollowUps'>;

/** How many changes since the last visit the page lists, newest of all kinds. */
const SHOWN = 12;
/** How many open consultations the overview lists, closing soonest first. */
const CONSULTATIONS_SHOWN = 10;

/** Counts by status, their total, and the open consultations closing soonest (no date last). */
function presentIndicatorOverview(overview: IndicatorOverviewRecords): CatchUpDto['indicators'] {
  const openConsultations = overview.consulting
    .map((r) => ({
      code: r.code,
      title: r.title,
      closesAt: r.consultation?.closesAt ? new Date(r.consultation.closesAt).toISOString() : null,
    }))
    .sort((a, b) => (a.closesAt ?? '9999').localeCompare(b.closesAt ?? '9999'))
    .slice(0, CONSULTATIONS_SHOWN);
  const total = Object.values(overview.counts).reduce((a, b) => a + b, 0);
  return { counts: overview.counts, total, openConsultations };
}

/**
 * What every reader with the same role sees alike: latest reports and their decisions, the
 * indicator overview, follow-ups and terms that changed lately, busy threads.
 */
export function presentRolePart(parts: Omit<RoleRecords, 'openFollowUps'>): RolePart {
  const recentChanges = [
    ...parts.changedFollowUps.map((a) => ({
      kind: 'followUp' as const,
      title: a.title,
      status: a.status,
      at: a.statusChangedAt!.toISOString(),
      link: `/follow-ups/${String(a._id)}`,
    })),
    ...parts.agreedTerms.map((t) => ({
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
    latestReports: parts.meetings.map(presentMeetingSummary),
    indicators: presentIndicatorOverview(parts.indicators),
    recentDecisions: parts.meetings.flatMap((m) =>
      (m.decisions ?? []).map((text) => ({
        text,
        meeting: { slug: m.slug, title: m.title, startsAt: m.startsAt.toISOString() },
      })),
    ),
    recentChanges,
    activeThreads: parts.threads.map((t) => ({
      id: String(t._id),
      title: t.title,
      messages: t.lastSeq,
      lastMessageAt: t.lastMessageAt ? t.lastMessageAt.toISOString() : null,
    })),
  };
}

/**
 * What changed since the reader's previous visit, newest first. What happened is said in a few
 * English words ("Revised; now in consultation"), each a key of the `errors` catalogue, which the
 * caller translates.
 */
export function presentChanges(changed: ChangedRecords, since: Date): Change[] {
  const changes: Change[] = [
    ...changed.indicators.map((i) => ({
      kind: 'indicator' as const,
      title: `${i.code} ${i.title}`,
      what:
        i.lastRevisedAt > since
          ? `Revised; now ${INDICATOR_STATUS_LABELS[i.status].toLowerCase()}`
          : `Now ${INDICATOR_STATUS_LABELS[i.status].toLowerCase()}`,
      link: `/indicators/${i.code}`,
      at: i.updatedAt.toISOString(),
    })),
    ...changed.documents.map((d) => ({
      kind: 'document' as const,
      title: d.title,
      what: 'Added to the library',
      link: `/library/${String(d._id)}`,
      at: d.createdAt.toISOString(),
    })),
    ...changed.meetings.map((m) => ({
      kind: 'meeting' as const,
      title: m.title,
      what: m.createdAt > since ? 'Meeting recorded' : 'Meeting or its report updated',
      link: `/meetings/${m.slug}`,
      at: m.updatedAt.toISOString(),
    })),
    ...changed.actions.map((a) => ({
      kind: 'followUp' as const,
      title: a.title,
      what: `Follow-up now ${FOLLOW_UP_STATUS_NAMES[a.status]}`,
      link: `/follow-ups/${String(a._id)}`,
      at: a.statusChangedAt!.toISOString(),
    })),
    ...changed.terms.map((t) => ({
      kind: 'term' as const,
      title: t.term,
      what: 'Term agreed',
      link: `/glossary/${t.slug}`,
      at: t.agreedAt!.toISOString(),
    })),
    ...changed.threads.map((t) => ({
      kind: 'thread' as const,
      title: t.title,
      what: 'New messages',
      link: `/discussions/${String(t._id)}`,
      at: t.lastMessageAt!.toISOString(),
    })),
  ];
  return changes.sort((a, b) => b.at.localeCompare(a.at)).slice(0, SHOWN);
}
