import type { MeetingDto, MeetingSummaryDto, ReportProposalDto } from '@shared/schemas/meeting';
import type { ReportProposalRecord } from '../../models/ReportProposal';
import type { MeetingRecord } from '../../models/Meeting';
import type { OrganisationRecord } from '../../models/Organisation';
import type { Viewer } from '../../policies/index';
import { meetingAbilities } from '../../policies/meeting';
import { renderMarkdownCached } from '../../lib/markdown';
import { presentOrgRef } from '../organisations/organisationPresenter';

export function presentMeetingSummary(m: MeetingRecord): MeetingSummaryDto {
  return {
    id: String(m._id),
    slug: m.slug,
    title: m.title,
    event: m.event,
    location: m.location,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt ? m.endsAt.toISOString() : null,
    focus: m.focus,
    visibility: m.visibility,
  };
}

/** What the full meeting needs beyond the record, loaded by the caller in one query each. */
export interface MeetingRefs {
  orgs: Map<string, OrganisationRecord>;
  /** Presentation documents the viewer may read, by id. */
  documents: Map<string, { _id: unknown; title: string }>;
}

/** The full meeting, with organisations and documents resolved from maps the caller loaded. */
export function presentMeeting(m: MeetingRecord, refs: MeetingRefs, viewer: Viewer): MeetingDto {
  const ref = (id: unknown) => (id ? refs.orgs.get(String(id)) : undefined);
  const chair = ref(m.chairOrganisationId);
  return {
    ...presentMeetingSummary(m),
    chair: chair ? presentOrgRef(chair) : null,
    participants: (m.participantIds ?? [])
      .map(ref)
      .filter((o): o is OrganisationRecord => !!o)
      .map(presentOrgRef),
    report: m.report,
    reportHtml: renderMarkdownCached(m.report),
    reportVersion: m.reportVersion ?? 1,
    presentations: (m.presentations ?? []).map((p) => {
      const presenter = ref(p.presenterOrganisationId);
      const doc = p.documentId ? refs.documents.get(String(p.documentId)) : undefined;
      return {
        title: p.title,
        presenter: presenter ? presentOrgRef(presenter) : null,
        document: doc ? { id: String(doc._id), title: doc.title } : null,
      };
    }),
    decisions: m.decisions ?? [],
    can: meetingAbilities(viewer, m),
  };
}

/** A proposed, accepted or declined report version, with its author and decider by name. */
export function presentProposal(v: ReportProposalRecord, names: Map<string, string>): ReportProposalDto {
  const person = (id: unknown) =>
    id ? { id: String(id), name: names.get(String(id)) ?? 'Former user' } : null;
  return {
    id: String(v._id),
    status: v.status,
    baseVersion: v.baseVersion,
    number: v.number ?? null,
    report: v.report,
    reportHtml: renderMarkdownCached(v.report),
    note: v.note ?? '',
    author: person(v.authorId),
    decidedBy: person(v.decidedBy),
    createdAt: v.createdAt.toISOString(),
    decidedAt: v.decidedAt ? v.decidedAt.toISOString() : null,
  };
}
