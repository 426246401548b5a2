import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import type { MeetingDto } from '@shared/schemas/meeting';
import { orgLink } from './ParticipantsByCategory';

/** The meeting's presentations (each linked to its library document) and its decisions. */
export function PresentationsAndDecisions({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation('meetings');
  return (
    <>
      <section className="section" aria-labelledby="presentations-heading">
        <h2 id="presentations-heading">{t('presentations.heading')}</h2>
        {meeting.presentations.length === 0 ? (
          <p className="muted">{t('presentations.none')}</p>
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
                    <Trans
                      t={t}
                      i18nKey="presentations.by"
                      values={{ name: p.presenter.name }}
                      components={{ org: <Link to={orgLink(p.presenter.slug)} /> }}
                    />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('decisions.heading')}</h2>
        {meeting.decisions.length === 0 ? (
          <p className="muted">{t('decisions.none')}</p>
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
