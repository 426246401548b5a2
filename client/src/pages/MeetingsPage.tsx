import { useInfiniteQuery } from '@tanstack/react-query';
import { listMeetings } from '../api/meetings';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { MeetingCard } from '../components/MeetingCard';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';

const PAGE_SIZE = 10;

/** `/meetings`: every meeting the viewer may read, newest first, with "Load more". */
export function MeetingsPage() {
  useDocumentTitle('Meetings');
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
        <h1>Meetings</h1>
        <p className="lead">
          The coalition’s sessions, newest first, each with its report, participants and agreed follow-ups.
        </p>
      </header>
      {query.isPending && <Loading label="Loading meetings…" />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && meetings.length === 0 && (
        <EmptyState title="No meetings yet">Meetings appear here once a host records them.</EmptyState>
      )}
      {meetings.length > 0 && (
        <ul className="stack" aria-label="Meetings">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <MeetingCard meeting={meeting} />
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton query={query} />
    </div>
  );
}
