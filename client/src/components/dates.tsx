const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));

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
