import { Link } from 'react-router';
import type { CatchUpDto } from '@shared/schemas/catchUp';
import { formatDate, formatDateTime } from '../../components/dates';

/**
 * The top of the catch-up page: what changed since the reader's previous visit, or, on a first
 * visit, where to start.
 */
export function SinceLastVisit({ since }: { since: CatchUpDto['sinceLastVisit'] }) {
  return (
    <section className="section since-last-visit" aria-labelledby="cu-since" data-testid="since-last-visit">
      {since === null ? (
        <>
          <h2 id="cu-since">Your first visit</h2>
          <p>
            Welcome to the workspace. Start with the latest session reports below, see where the indicators
            stand, then read what was decided and what is still to do. From your next visit on, this page
            begins with what changed since you were last here.
          </p>
        </>
      ) : (
        <>
          <h2 id="cu-since">Since your last visit</h2>
          <p className="muted">You last signed in on {formatDateTime(since.since)}.</p>
          {since.changes.length === 0 ? (
            <p>Nothing you can see has changed since then.</p>
          ) : (
            <ul className="change-list">
              {since.changes.map((c) => (
                <li key={`${c.kind}:${c.link}`}>
                  <Link to={c.link}>{c.title}</Link> <span className="change-list__what">{c.what}</span>{' '}
                  <span className="muted">{formatDate(c.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
