import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { INDICATOR_STATUSES } from '@shared/schemas/indicator';
import { getCatchUp } from '../api/catchUp';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { MeetingCard } from '../components/MeetingCard';
import { formatDate } from '../components/dates';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { FOLLOW_UP_STATUS_LABELS, INDICATOR_STATUS_LABELS } from '../components/labels';
import { formatNumber } from '../i18n/format';
import { FollowUpCard } from './followUps/FollowUpCard';
import { SinceLastVisit } from './catchUp/SinceLastVisit';
import { DecisionsByMeeting } from './catchUp/DecisionsByMeeting';
import '../styles/followups.css';
import '../styles/glossary.css';

/** `/catch-up`: everything a newcomer needs to catch up on the coalition's work, on one page. */
export function CatchUpPage() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('catchUp.title'));
  const query = useQuery({ queryKey: queryKeys.catchUp, queryFn: ({ signal }) => getCatchUp(signal) });
  const header = (
    <header className="page-header">
      <h1>{t('catchUp.title')}</h1>
      <p className="lead">{t('catchUp.lead')}</p>
    </header>
  );
  if (query.isPending || query.isError)
    return (
      <div className="page catch-up">
        {header}
        {query.isPending ? (
          <Loading label={t('catchUp.loading')} />
        ) : (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  const data = query.data;
  return (
    <div className="page catch-up">
      {header}
      <SinceLastVisit since={data.sinceLastVisit} />

      <section className="section" aria-labelledby="cu-reports">
        <div className="section__header">
          <h2 id="cu-reports">{t('catchUp.reports.heading')}</h2>
          <Link to="/meetings">{t('catchUp.reports.all')}</Link>
        </div>
        {data.latestReports.length === 0 ? (
          <EmptyState title={t('catchUp.reports.empty')} />
        ) : (
          <ul className="stack">
            {data.latestReports.map((m) => (
              <li key={m.id}>
                <MeetingCard meeting={m} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="cu-indicators">
        <div className="section__header">
          <h2 id="cu-indicators">{t('catchUp.indicators.heading')}</h2>
          <Link to="/indicators">{t('catchUp.indicators.all')}</Link>
        </div>
        <ul
          className="stat-grid"
          aria-label={t('catchUp.indicators.byState', { count: data.indicators.total })}
        >
          {INDICATOR_STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/indicators?status=${s}`} className="stat-grid__item stat-grid__link">
                <span className="stat-grid__value">{formatNumber(data.indicators.counts[s] ?? 0)}</span>
                <span className="stat-grid__label">{INDICATOR_STATUS_LABELS[s]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <h3>{t('catchUp.consultations.heading')}</h3>
        {data.indicators.openConsultations.length === 0 ? (
          <p className="muted">{t('catchUp.consultations.none')}</p>
        ) : (
          <ul>
            {data.indicators.openConsultations.map((c) => (
              <li key={c.code}>
                <Link to={`/indicators/${c.code}`}>
                  <strong>{c.code}</strong> <bdi>{c.title}</bdi>
                </Link>
                {c.closesAt && <> {t('catchUp.consultations.closes', { date: formatDate(c.closesAt) })}</>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid grid--2">
        <section className="section" aria-labelledby="cu-decisions">
          <h2 id="cu-decisions">{t('catchUp.decisions.heading')}</h2>
          <DecisionsByMeeting decisions={data.recentDecisions} />
        </section>
        <section className="section" aria-labelledby="cu-changes">
          <h2 id="cu-changes">{t('catchUp.changes.heading')}</h2>
          {data.recentChanges.length === 0 ? (
            <p className="muted">{t('catchUp.changes.none')}</p>
          ) : (
            <ul className="decision-list">
              {data.recentChanges.map((c) => (
                <li key={c.link + c.at}>
                  <Link to={c.link} dir="auto">
                    {c.title}
                  </Link>{' '}
                  <span className="badge badge--muted">
                    {c.kind === 'term'
                      ? c.status === 'draft'
                        ? t('catchUp.changes.termDraft')
                        : t('catchUp.changes.termAgreed')
                      : FOLLOW_UP_STATUS_LABELS[c.status as 'done']}
                  </span>{' '}
                  <span className="muted">{formatDate(c.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="section" aria-labelledby="cu-followups">
        <div className="section__header">
          <h2 id="cu-followups">{t('catchUp.followUps.heading')}</h2>
          <Link to="/follow-ups">{t('catchUp.followUps.all')}</Link>
        </div>
        {data.openFollowUps.length === 0 ? (
          <p className="muted">{t('catchUp.followUps.none')}</p>
        ) : (
          <ul className="followup-list--compact">
            {data.openFollowUps.map((a) => (
              <li key={a.id}>
                <FollowUpCard item={a} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="cu-threads">
        <div className="section__header">
          <h2 id="cu-threads">{t('catchUp.threads.heading')}</h2>
          <Link to="/discussions">{t('catchUp.threads.all')}</Link>
        </div>
        {data.activeThreads.length === 0 ? (
          <p className="muted">{t('catchUp.threads.none')}</p>
        ) : (
          <ul>
            {data.activeThreads.map((thread) => (
              <li key={thread.id}>
                <Link to={`/discussions/${thread.id}`} dir="auto">
                  {thread.title}
                </Link>{' '}
                <span className="muted">{t('catchUp.threads.messages', { count: thread.messages })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Trans t={t} i18nKey="catchUp.glossary" components={{ anchor: <Link to="/glossary" /> }} />
      </p>
    </div>
  );
}
