import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { MeetingMetaLine } from './MeetingCard';
import { EmptyState, ErrorMessage, Loading } from './QueryStatus';

/**
 * The most recent session report as a section with an h2: its title, when and where, its focus and
 * a link to the meeting page, where the whole report is. (The landing page used to inline the whole
 * report, which made it several screens long.)
 */
export function LatestReport() {
  const { t } = useTranslation('meetings');
  const latest = useQuery({
    queryKey: queryKeys.latestMeeting,
    // The API code loads with the request: the first paint of the landing page needs none of it.
    queryFn: ({ signal }) => import('../api/meetings').then((api) => api.listMeetings({ limit: 1 }, signal)),
  });
  const summary = latest.data?.items[0];

  let body: ReactNode;
  if (latest.isPending) body = <Loading label={t('latestReport.loading')} />;
  else if (latest.isError) body = <ErrorMessage error={latest.error} onRetry={() => void latest.refetch()} />;
  else if (!summary)
    body = <EmptyState title={t('latestReport.empty.title')}>{t('latestReport.empty.text')}</EmptyState>;
  else
    body = (
      <div className="card report-card" data-testid="latest-report">
        <h3 className="card__title" dir="auto">
          {summary.title}
        </h3>
        <MeetingMetaLine meeting={summary} />
        {summary.focus && (
          <p className="card__text" dir="auto">
            {summary.focus}
          </p>
        )}
        <p className="card__actions">
          <Link to={`/meetings/${summary.slug}`} className="button button--secondary">
            <Trans
              t={t}
              i18nKey="latestReport.read"
              values={{ title: summary.title }}
              components={{ hidden: <span className="visually-hidden" /> }}
            />
          </Link>
        </p>
      </div>
    );

  return (
    <section className="section" aria-labelledby="latest-report-heading">
      <div className="section__header">
        <h2 id="latest-report-heading">{t('latestReport.heading')}</h2>
        <Link to="/meetings">{t('latestReport.allMeetings')}</Link>
      </div>
      {body}
    </section>
  );
}
