import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { MeetingSummaryDto } from '@shared/schemas/meeting';
import { listMeetings } from '../api/meetings';
import { queryKeys } from '../api/queryKeys';
import { useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { MeetingCard } from '../components/MeetingCard';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';

const PAGE_SIZE = 10;

/** Meetings (newest first) grouped under their year, keeping the order. */
function byYear(meetings: MeetingSummaryDto[]): [number, MeetingSummaryDto[]][] {
  const groups = new Map<number, MeetingSummaryDto[]>();
  for (const m of meetings) {
    const year = new Date(m.startsAt).getUTCFullYear();
    groups.set(year, [...(groups.get(year) ?? []), m]);
  }
  return [...groups];
}

/** `/meetings`: every meeting the viewer may read, newest first, with "Load more". */
export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  useDocumentTitle(t('list.title'));
  const { isHost } = useSession();
  const query = useInfiniteQuery({
    queryKey: queryKeys.meetings,
    queryFn: ({ pageParam, signal }) => listMeetings({ limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const meetings = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('list.title')}</h1>
        <p className="lead">{t('list.lead')}</p>
        {isHost && (
          <p>
            <Link to="/meetings/new" className="button">
              {t('list.newMeeting')}
            </Link>
          </p>
        )}
      </header>
      {query.isPending && <Loading label={t('list.loading')} />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && meetings.length === 0 && (
        <EmptyState title={t('list.empty.title')}>{t('list.empty.text')}</EmptyState>
      )}
      {byYear(meetings).map(([year, inYear]) => (
        <section key={year} className="section" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ul className="stack" aria-label={t('list.inYear', { year })}>
            {inYear.map((meeting) => (
              <li key={meeting.id}>
                <MeetingCard meeting={meeting} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <LoadMoreButton query={query} />
    </div>
  );
}
