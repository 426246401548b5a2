import { Link } from 'react-router';
import type { MeetingDto } from '@shared/schemas/meeting';
import { orgLink } from './ParticipantsByCategory';

/** The meeting's presentations (each linked to its library document) and its decisions. */
export function PresentationsAndDecisions({ meeting }: { meeting: MeetingDto }) {
  return (
    <>
      <section className="section" aria-labelledby="presentations-heading">
        <h2 id="presentations-heading">Presentations</h2>
        {meeting.presentations.length === 0 ? (
          <p className="muted">No presentations recorded.</p>
        ) : (
          <ul className="presentation-list" data-testid="presentations">
            {meeting.presentations.map((p, i) => (
              <li key={i} className="presentation-list__item">
                {p.document ? (
                  <Link to={`/library/${p.document.id}`}>{p.title}</Link>
                ) : (
                  <span>{p.title}</span>
                )}
                {p.presenter && (
                  <span className="muted">
                    {' '}
                    by <Link to={orgLink(p.presenter.slug)}>{p.presenter.name}</Link>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">Decisions</h2>
        {meeting.decisions.length === 0 ? (
          <p className="muted">No decisions recorded.</p>
        ) : (
          <ol className="decision-list" data-testid="decisions">
            {meeting.decisions.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
