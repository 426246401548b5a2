import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { getMeeting, listMeetings } from '../api/meetings';
import { queryKeys } from '../api/queryKeys';
import { MeetingMetaLine } from './MeetingCard';
import { EmptyState, ErrorMessage, Loading } from './QueryStatus';
import { ReportHtml } from './ReportHtml';

/**
 * The most recent session report as a section with an h2. `full` renders the whole report
 * (landing page); `summary` shows its title, when and where, and focus (signed-in home).
 */
export function LatestReport({ variant }: { variant: 'full' | 'summary' }) {
  const latest = useQuery({
    queryKey: queryKeys.latestMeeting,
    queryFn: ({ signal }) => listMeetings({ limit: 1 }, signal),
  });
  const summary = latest.data?.items[0];
  const slug = summary?.slug ?? '';
  const meeting = useQuery({
    queryKey: queryKeys.meeting(slug),
    queryFn: ({ signal }) => getMeeting(slug, signal),
    enabled: variant === 'full' && slug !== '',
  });

  let body: ReactNode;
  if (latest.isPending) body = <Loading label="Loading the latest session report…" />;
  else if (latest.isError) body = <ErrorMessage error={latest.error} onRetry={() => void latest.refetch()} />;
  else if (!summary)
    body = (
      <EmptyState title="No session reports yet">
        Reports appear here after each coalition meeting.
      </EmptyState>
    );
  else {
    const link = (
      <Link to={`/meetings/${summary.slug}`} className="button button--secondary">
        Open the meeting page<span className="visually-hidden">: {summary.title}</span>
      </Link>
    );
    body = (
      <div className="card report-card" data-testid="latest-report">
        <h3 className="card__title">{summary.title}</h3>
        <MeetingMetaLine meeting={summary} />
        {variant === 'summary' && <p className="card__text">{summary.focus}</p>}
        {variant === 'full' && meeting.isPending && <Loading label="Loading the report…" />}
        {variant === 'full' && meeting.isError && (
          <ErrorMessage error={meeting.error} onRetry={() => void meeting.refetch()} />
        )}
        {variant === 'full' && meeting.data && (
          <ReportHtml
            html={meeting.data.reportHtml}
            headingShift={2}
            label={`Session report: ${summary.title}`}
          />
        )}
        <p className="card__actions">{link}</p>
      </div>
    );
  }

  return (
    <section className="section" aria-labelledby="latest-report-heading">
      <div className="section__header">
        <h2 id="latest-report-heading">Latest session report</h2>
        <Link to="/meetings">All meetings</Link>
      </div>
      {body}
    </section>
  );
}
