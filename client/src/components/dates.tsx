import { formatDate, formatDateTime } from '../i18n/format';

export { formatDate, formatDateTime };

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
