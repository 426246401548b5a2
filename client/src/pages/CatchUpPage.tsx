import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { INDICATOR_STATUSES, INDICATOR_STATUS_LABELS } from '@shared/schemas/indicator';
import { getCatchUp } from '../api/actions';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { MeetingCard } from '../components/MeetingCard';
import { formatDate } from '../components/dates';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { FollowUpCard } from './followups/FollowUpCard';
import { ACTION_STATUS_LABELS } from './followups/labels';
import { TERM_STATUS_LABELS } from './glossary/labels';
import { SinceLastVisit } from './catchup/SinceLastVisit';
import { DecisionsByMeeting } from './catchup/DecisionsByMeeting';
import '../styles/followups.css';
import '../styles/glossary.css';

/** `/catch-up`: everything a newcomer needs to catch up on the coalition's work, on one page. */
export function CatchUpPage() {
  useDocumentTitle('Catch up');
  const query = useQuery({ queryKey: queryKeys.catchUp, queryFn: ({ signal }) => getCatchUp(signal) });
  const header = (
    <header className="page-header">
      <h1>Catch up</h1>
      <p className="lead">
        What changed since you were last here, the latest session reports, where the indicators stand, what
        was decided and what is still to do.
      </p>
    </header>
  );
  if (query.isPending || query.isError)
    return (
      <div className="page catch-up">
        {header}
        {query.isPending ? (
          <Loading label="Gathering what happened…" />
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
          <h2 id="cu-reports">Latest session reports</h2>
          <Link to="/meetings">All meetings</Link>
        </div>
        {data.latestReports.length === 0 ? (
          <EmptyState title="No session reports yet" />
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
          <h2 id="cu-indicators">Indicators</h2>
          <Link to="/indicators">All indicators</Link>
        </div>
        <ul className="stat-grid" aria-label={`Indicators by state, ${data.indicators.total} in all`}>
          {INDICATOR_STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/indicators?status=${s}`} className="stat-grid__item stat-grid__link">
                <span className="stat-grid__value">{data.indicators.counts[s] ?? 0}</span>
                <span className="stat-grid__label">{INDICATOR_STATUS_LABELS[s]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <h3>Open consultations</h3>
        {data.indicators.openConsultations.length === 0 ? (
          <p className="muted">No consultation is open at the moment.</p>
        ) : (
          <ul>
            {data.indicators.openConsultations.map((c) => (
              <li key={c.code}>
                <Link to={`/indicators/${c.code}`}>
                  <strong>{c.code}</strong> {c.title}
                </Link>
                {c.closesAt && <> — closes {formatDate(c.closesAt)}</>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid grid--2">
        <section className="section" aria-labelledby="cu-decisions">
          <h2 id="cu-decisions">Recent decisions</h2>
          <DecisionsByMeeting decisions={data.recentDecisions} />
        </section>
        <section className="section" aria-labelledby="cu-changes">
          <h2 id="cu-changes">Recent status changes</h2>
          {data.recentChanges.length === 0 ? (
            <p className="muted">Nothing has changed status yet.</p>
          ) : (
            <ul className="decision-list">
              {data.recentChanges.map((c) => (
                <li key={c.link + c.at}>
                  <Link to={c.link}>{c.title}</Link>{' '}
                  <span className="badge badge--muted">
                    {c.kind === 'term'
                      ? `Term ${TERM_STATUS_LABELS[c.status as 'agreed']}`
                      : ACTION_STATUS_LABELS[c.status as 'done']}
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
          <h2 id="cu-followups">Open follow-ups</h2>
          <Link to="/follow-ups">All follow-ups</Link>
        </div>
        {data.openFollowUps.length === 0 ? (
          <p className="muted">Every follow-up is done or dropped.</p>
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
          <h2 id="cu-threads">Most active discussions</h2>
          <Link to="/discussions">All discussions</Link>
        </div>
        {data.activeThreads.length === 0 ? (
          <p className="muted">No discussion has been active lately.</p>
        ) : (
          <ul>
            {data.activeThreads.map((t) => (
              <li key={t.id}>
                <Link to={`/discussions/${t.id}`}>{t.title}</Link>{' '}
                <span className="muted">
                  {t.messages} {t.messages === 1 ? 'message' : 'messages'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        Unsure about a word? See the <Link to="/glossary">glossary</Link>.
      </p>
    </div>
  );
}
