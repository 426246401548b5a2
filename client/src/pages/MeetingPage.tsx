import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { getMeeting } from '../api/meetings';
import { ApiError } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { MeetingDate } from '../components/dates';
import { ErrorMessage, Loading } from '../components/QueryStatus';
import { ReportHtml } from '../components/ReportHtml';
import { MeetingDocuments } from '../components/MeetingDocuments';
import { DiscussionSection } from './discussions/SubjectDiscussion';
import { ParticipantsByCategory, orgLink } from './meetings/ParticipantsByCategory';
import { PresentationsAndDecisions } from './meetings/PresentationsAndDecisions';
import { MeetingFollowUps } from './meetings/MeetingFollowUps';
import { ReportProposals } from './meetings/ReportProposals';
import '../styles/followups.css';
import { VISIBILITY_LABELS } from '../components/labels';

/** `/meetings/:slug`: one meeting with its participants and its rendered session report. */
export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { slug = '' } = useParams();
  const query = useQuery({
    queryKey: queryKeys.meeting(slug),
    queryFn: ({ signal }) => getMeeting(slug, signal),
  });
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  useDocumentTitle(query.data?.title ?? (notFound ? t('page.notFound.title') : t('page.title')));

  const back = (
    <p className="back-link">
      <Link to="/meetings">{t('page.back')}</Link>
    </p>
  );
  if (query.isPending)
    return (
      <div className="page">
        {back}
        <Loading label={t('page.loading')} />
      </div>
    );
  if (notFound) {
    return (
      <div className="page page--narrow">
        {back}
        <h1>{t('page.notFound.title')}</h1>
        <p>{t('page.notFound.text')}</p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="page">
        {back}
        <h1>{t('page.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }

  const meeting = query.data;
  return (
    <div className="page">
      {back}
      <header className="page-header">
        <p className="eyebrow" dir="auto">
          {meeting.event}
        </p>
        <h1 dir="auto">{meeting.title}</h1>
        <p className="discussion-jump">
          <a href="#discussion">{t('page.discussion')}</a>
        </p>
        {meeting.can.edit && (
          <p>
            <Link
              to={`/meetings/${encodeURIComponent(meeting.slug)}/edit`}
              className="button button--secondary"
            >
              {t('page.edit')}
            </Link>
          </p>
        )}
      </header>
      <div className="meeting-layout">
        <div className="card meeting-facts">
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('page.facts.event')}</dt>
              <dd dir="auto">{meeting.event}</dd>
            </div>
            <div>
              <dt>{t('page.facts.location')}</dt>
              <dd dir="auto">{meeting.location}</dd>
            </div>
            <div>
              <dt>{t('page.facts.date')}</dt>
              <dd>
                <MeetingDate startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
              </dd>
            </div>
            <div>
              <dt>{t('page.facts.chair')}</dt>
              <dd>
                {meeting.chair ? (
                  <Link to={orgLink(meeting.chair.slug)} dir="auto">
                    {meeting.chair.name}
                  </Link>
                ) : (
                  t('page.notRecorded')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('page.facts.visibility')}</dt>
              <dd>{VISIBILITY_LABELS[meeting.visibility]}</dd>
            </div>
          </dl>
        </div>
        <div className="meeting-main">
          {meeting.focus && (
            <section className="section" aria-labelledby="focus-heading">
              <h2 id="focus-heading">{t('page.focus')}</h2>
              <p className="lead" dir="auto">
                {meeting.focus}
              </p>
            </section>
          )}
          <ParticipantsByCategory meeting={meeting} />
          <PresentationsAndDecisions meeting={meeting} />
          <MeetingDocuments meetingId={meeting.id} />
          <section className="section" aria-labelledby="report-heading">
            <h2 id="report-heading">{t('page.report.heading')}</h2>
            {meeting.reportHtml ? (
              <ReportHtml
                html={meeting.reportHtml}
                headingShift={1}
                label={t('page.report.label', { title: meeting.title })}
              />
            ) : (
              <p className="muted">{t('page.report.none')}</p>
            )}
          </section>
          <MeetingFollowUps meetingId={meeting.id} />
          <ReportProposals key={meeting.reportVersion} meeting={meeting} />
          <DiscussionSection
            subjectType="meeting"
            subjectId={meeting.id}
            title={meeting.title}
            visibility={meeting.visibility}
          />
        </div>
      </div>
    </div>
  );
}
