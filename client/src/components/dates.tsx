const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));

/** A moment in the reader's own time zone, e.g. "3 Nov 2013, 14:05". */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

/** A moment (audit events, invitations) in a <time> element, in the reader's time zone. */
export function DateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/** A meeting date, or a range when it spans several days, in a <time> element. */
export function MeetingDate({ startsAt, endsAt }: { startsAt: string; endsAt: string | null }) {
  const start = formatDate(startsAt);
  const end = endsAt ? formatDate(endsAt) : null;
  return (
    <time dateTime={startsAt}>
      {start}
      {end && end !== start ? ` – ${end}` : ''}
    </time>
  );
}
