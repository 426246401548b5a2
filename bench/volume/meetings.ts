import type { MeetingRecord } from '../../server/models/Meeting';
import type { DocumentRecord } from '../../server/models/Document';
import { DAY_MS, slugify, utcMidnight } from './random';
import { VOLUME, auditEvent, type World } from './world';

const IGF_LOCATIONS = [
  'Geneva, Switzerland',
  'Paris, France',
  'Berlin, Germany',
  'Addis Ababa, Ethiopia',
  'Kyoto, Japan',
  'Katowice, Poland',
];

/** Two meetings a year for five years: an online spring consultation and the session at the IGF. */
export function generateMeetings(w: World): MeetingRecord[] {
  const { rng, corpus } = w;
  const members = w.orgs.filter((o) => o.membership === 'member');
  const span = (w.end.getTime() - w.start.getTime()) / VOLUME.meetings;
  const records: MeetingRecord[] = [];
  for (let k = 0; k < VOLUME.meetings; k++) {
    const startsAt = utcMidnight(new Date(w.start.getTime() + (k + 0.6) * span));
    const year = startsAt.getUTCFullYear();
    const igf = k % 2 === 1;
    const title = igf
      ? `Dynamic Coalition on Child Online Safety — IGF ${year}`
      : `Spring consultation ${year}`;
    const slug = slugify(`dc-cos-${year}-${igf ? 'igf' : 'spring'}-${k}`);
    const decisions = Array.from({ length: rng.int(3, 5) }, () => corpus.sentence(rng.int(10, 20)));
    const createdAt = new Date(startsAt.getTime() - 45 * DAY_MS);
    const meeting: MeetingRecord = {
      _id: rng.oid(createdAt),
      title,
      slug,
      event: igf ? `IGF ${year}` : 'Online consultation',
      location: igf ? rng.pick(IGF_LOCATIONS) : 'Online',
      startsAt,
      endsAt: null,
      chairOrganisationId: k % 3 === 0 ? w.demo.member.organisationId : rng.pick(members)._id,
      participantIds: rng.sample(members, rng.int(10, 30)).map((o) => o._id),
      focus: corpus.sentence(rng.int(15, 25)),
      report: [
        '## Summary',
        corpus.text(120),
        '## Discussion',
        corpus.text(250),
        '## Decisions',
        decisions.map((d) => `- ${d}`).join('\n'),
      ].join('\n\n'),
      reportVersion: 1,
      presentations: [],
      decisions,
      visibility: rng.chance(0.8) ? 'public' : 'members',
      createdAt,
      updatedAt: new Date(startsAt.getTime() + 14 * DAY_MS),
    };
    records.push(meeting);
    w.meetings.push({ _id: meeting._id, slug, title, startsAt, visibility: meeting.visibility });
    w.audit.push(
      auditEvent(
        w,
        createdAt,
        'meeting.created',
        w.demo.host._id,
        { type: 'meeting', id: meeting._id },
        { title },
      ),
    );
  }
  return records;
}

/** Each meeting's presentations are some of the library documents filed under it. */
export function linkPresentations(meetings: MeetingRecord[], documents: DocumentRecord[]) {
  for (const m of meetings) {
    m.presentations = documents
      .filter((d) => String(d.meetingId) === String(m._id))
      .slice(0, 4)
      .map((d) => ({ title: d.title, presenterOrganisationId: d.organisationId, documentId: d._id }));
  }
}
