import type { MeetingDto, MeetingSummaryDto } from '@shared/schemas/meeting';
import type { MeetingRecord } from '../models/Meeting';
import type { OrganisationRecord } from '../models/Organisation';
import { renderMarkdownCached } from '../services/markdown';
import { presentOrgRef } from './organisation';

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

/** The full meeting, with organisations resolved from a map the caller loaded in one query. */
export function presentMeeting(m: MeetingRecord, orgs: Map<string, OrganisationRecord>): MeetingDto {
  const ref = (id: unknown) => orgs.get(String(id));
  const chair = m.chairOrganisationId ? ref(m.chairOrganisationId) : undefined;
  return {
    ...presentMeetingSummary(m),
    chair: chair ? presentOrgRef(chair) : null,
    participants: m.participantIds
      .map(ref)
      .filter((o): o is OrganisationRecord => !!o)
      .map(presentOrgRef),
    report: m.report,
    reportHtml: renderMarkdownCached(m.report),
  };
}
