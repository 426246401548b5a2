import { Link } from 'react-router';
import type { MeetingSummaryDto } from '@shared/schemas/meeting';
import { MeetingDate } from './dates';
import { VISIBILITY_LABELS } from './labels';

export function MeetingMetaLine({ meeting }: { meeting: MeetingSummaryDto }) {
  return (
    <p className="meta-line">
      <span dir="auto">{meeting.event}</span>
      <span aria-hidden="true"> · </span>
      <span dir="auto">{meeting.location}</span>
      <span aria-hidden="true"> · </span>
      <MeetingDate startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
      {meeting.visibility !== 'public' && (
        <span className="badge badge--muted">{VISIBILITY_LABELS[meeting.visibility]}</span>
      )}
    </p>
  );
}

/** One meeting in a list: title linking to its page, when and where, and its focus. */
export function MeetingCard({
  meeting,
  headingLevel = 2,
}: {
  meeting: MeetingSummaryDto;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card meeting-card" data-testid="meeting-card">
      <Heading className="card__title" dir="auto">
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </Heading>
      <MeetingMetaLine meeting={meeting} />
      {meeting.focus && (
        <p className="card__text" dir="auto">
          {meeting.focus}
        </p>
      )}
    </article>
  );
}
